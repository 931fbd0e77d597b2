import FuzzDriver
import ParallaxExtract

/// One text through ``QuantityExtractor``: numbers, number words, currencies, units, ranges, qualifiers.
runFuzzer { data, count in
    _ = QuantityExtractor.extract(from: String(decoding: input(data, count), as: UTF8.self))
    return 0
}
