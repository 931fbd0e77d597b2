import FuzzDriver
import ParallaxExtract
import ParallaxModel

/// One text through ``TimeExtractor``. The first line is the publication date (`2022-06-15`; anything else
/// means none), so the fuzzer varies the anchor too; the rest is the article body.
runFuzzer { data, count in
    let bytes = input(data, count)
    let newline = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
    let published = CivilDate(iso: String(decoding: bytes[..<newline], as: UTF8.self))
    let body = String(decoding: bytes[min(newline + 1, bytes.endIndex)...], as: UTF8.self)
    _ = TimeExtractor.extract(from: body, published: published)
    return 0
}
