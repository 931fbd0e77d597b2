import FuzzDriver
import ParallaxIngest

/// One string through ``PublicationDateParser``: ISO 8601, RFC 822, written-out and slashed dates.
runFuzzer { data, count in
    _ = PublicationDateParser.parse(String(decoding: input(data, count), as: UTF8.self))
    return 0
}
