import FuzzDriver
import ParallaxIngest

/// One RSS 2.0 / RSS 1.0 / Atom feed through ``ArticleFileReader``: decoding, libxml2, items, and the HTML
/// inside each item.
runFuzzer { data, count in
    _ = ArticleFileReader().read(bytes: Array(input(data, count)), path: "fuzz.xml", format: .xmlFeed)
    return 0
}
