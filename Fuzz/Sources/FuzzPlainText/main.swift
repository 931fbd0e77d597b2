import FuzzDriver
import ParallaxIngest

/// One plain-text file through ``ArticleFileReader``: decoding, mojibake repair, headers, bylines, datelines,
/// paragraphs.
runFuzzer { data, count in
    _ = ArticleFileReader().read(bytes: Array(input(data, count)), path: "fuzz.txt", format: .plainText)
    return 0
}
