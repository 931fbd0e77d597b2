import FuzzDriver
import ParallaxIngest

/// One JSON Feed through ``ArticleFileReader``: JSON, items, and the HTML inside each item.
runFuzzer { data, count in
    _ = ArticleFileReader().read(bytes: Array(input(data, count)), path: "fuzz.json", format: .jsonFeed)
    return 0
}
