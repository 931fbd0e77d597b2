import FuzzDriver
import ParallaxIngest

/// One JSON Lines file (or JSON array) through ``ArticleFileReader``: line splitting, JSON, field mapping, and
/// the HTML inside text fields.
runFuzzer { data, count in
    _ = ArticleFileReader().read(bytes: Array(input(data, count)), path: "fuzz.jsonl", format: .jsonLines)
    return 0
}
