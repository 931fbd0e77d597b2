import GRDB

/// Calls `body` with every token `tokenizer` makes of `text` (colocated synonyms skipped): its bytes and the
/// byte range of the text it came from.
func forEachToken(
    of text: String, with tokenizer: any FTS5Tokenizer, tokenization: FTS5Tokenization = .document,
    _ body: (UnsafeRawBufferPointer, Range<Int>) -> Void
) {
    var text = text
    withoutActuallyEscaping(body) { body in
        let box = TokenCallback(body)
        withExtendedLifetime(box) {
            text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                _ = tokenizer.tokenize(
                    context: Unmanaged.passUnretained(box).toOpaque(), tokenization: tokenization,
                    pText: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), nText: CInt(bytes.count)
                ) { context, flags, token, length, start, end in
                    guard let context, let token, length > 0, flags & 1 == 0 else { return 0 }
                    // Guaranteed by the caller's frame: no retain and release of the box per token.
                    Unmanaged<TokenCallback>.fromOpaque(context)._withUnsafeGuaranteedRef { box in
                        box.body(UnsafeRawBufferPointer(start: token, count: Int(length)), Int(start)..<Int(end))
                    }
                    return 0
                }
            }
        }
    }
}

private final class TokenCallback {
    let body: (UnsafeRawBufferPointer, Range<Int>) -> Void
    init(_ body: @escaping (UnsafeRawBufferPointer, Range<Int>) -> Void) { self.body = body }
}
