import FuzzDriver
import ParallaxIngest

/// One WARC file through ``ArticleFileReader``: record headers, Content-Length, HTTP responses, chunked
/// transfer coding, charsets, and the HTML pages inside.
runFuzzer { data, count in
    _ = ArticleFileReader().read(bytes: Array(input(data, count)), path: "fuzz.warc", format: .warc)
    return 0
}
