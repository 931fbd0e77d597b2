import Foundation
import FuzzDriver
import ParallaxDedup
import ParallaxModel

/// One text through the deduplication index: the byte-level word scanner and its eight-byte loads, shingle
/// sorting, MinHash, the Elias–Fano shingle sets (decoded to verify candidates) and the persisted form. The text
/// is indexed with a trimmed and an extended copy of itself, so candidates are found and verified.
runFuzzer { data, count in
    let text = String(decoding: input(data, count), as: UTF8.self)
    var index = DedupIndex()
    index.add([
        Article(id: "whole", text: text),
        Article(id: "extended", text: text + "\n\nA closing paragraph that the copy added."),
        Article(id: "trimmed", text: String(text.prefix(text.count * 3 / 4))),
    ])
    if let blob = try? JSONEncoder().encode(index), let copy = try? JSONDecoder().decode(DedupIndex.self, from: blob) {
        precondition(copy.count == index.count && copy.pairs() == index.pairs(), "persisted index differs")
    }
    return 0
}
