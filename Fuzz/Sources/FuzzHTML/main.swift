import FuzzDriver
import ParallaxIngest

/// One HTML page through ``ArticleFileReader`` as HTML: decoding, libxml2, main content, metadata, JSON-LD.
runFuzzer { data, count in
    _ = ArticleFileReader().read(bytes: Array(input(data, count)), path: "fuzz.html", format: .html)
    return 0
}
