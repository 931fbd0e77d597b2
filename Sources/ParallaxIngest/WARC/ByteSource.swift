import Foundation

/// A sequential supplier of bytes: a file read in chunks, memory, or a decompressor over another source.
///
/// Readers of large inputs (WARC, JSON Lines) pull from a source chunk by chunk, so memory stays bounded by
/// the chunk size and the per-record limits, whatever the file's size.
protocol ByteSource: AnyObject {
    /// Up to `maxLength` more bytes; nil at the end of the input.
    /// - Throws: ``ByteSourceError`` when the input is corrupt or over a limit.
    func readChunk(maxLength: Int) throws -> [UInt8]?
}

/// Why a byte source stopped early.
package struct ByteSourceError: Error, Sendable {
    /// A sentence without the path: "the gzip stream is truncated."
    package var message: String
}

/// Reads a file through a `FileHandle`, 64 KiB at a time.
final class FileByteSource: ByteSource {
    private let handle: FileHandle

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ByteSourceError(message: "the file cannot be opened.")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    func readChunk(maxLength: Int) throws -> [UInt8]? {
        do {
            guard let data = try handle.read(upToCount: maxLength), !data.isEmpty else { return nil }
            return [UInt8](data)
        } catch {
            throw ByteSourceError(message: "the file cannot be read (\(error.localizedDescription)).")
        }
    }
}

/// Bytes already in memory.
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func readChunk(maxLength: Int) throws -> [UInt8]? {
        guard position < bytes.count else { return nil }
        let end = min(bytes.count, position + maxLength)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}

/// Line and block reads over a ``ByteSource`` with a bounded buffer.
final class BufferedByteReader {
    private let source: any ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// Bytes consumed so far.
    private(set) var offset = 0
    static let chunkSize = 64 << 10

    init(_ source: any ByteSource) { self.source = source }

    /// Ensures at least one unread byte; false at the end of input.
    private func fill() throws -> Bool {
        if position < buffer.count { return true }
        if atEnd { return false }
        guard let chunk = try source.readChunk(maxLength: Self.chunkSize) else {
            atEnd = true
            buffer = []
            position = 0
            return false
        }
        buffer = chunk
        position = 0
        if chunk.isEmpty { return try fill() }
        return true
    }

    /// Whether the input is exhausted.
    func isAtEnd() throws -> Bool { !(try fill()) }

    /// The next line without its `\n` (and `\r`), nil at the end of input. A line longer than `maxLength`
    /// is consumed to its end and returned as `.tooLong` without being kept.
    func readLine(maxLength: Int) throws -> Line? {
        guard try fill() else { return nil }
        var line: [UInt8] = []
        var length = 0
        var tooLong = false
        while try fill() {
            let slice = buffer[position...]
            if let newline = slice.firstIndex(of: 0x0A) {
                let piece = buffer[position..<newline]
                length += piece.count
                if !tooLong && length <= maxLength { line.append(contentsOf: piece) } else { tooLong = true }
                offset += newline + 1 - position
                position = newline + 1
                return tooLong ? .tooLong(length) : .bytes(Self.droppingCR(line))
            }
            length += slice.count
            if !tooLong && length <= maxLength {
                line.append(contentsOf: slice)
            } else {
                tooLong = true
                line = []
            }
            offset += slice.count
            position = buffer.count
        }
        return tooLong ? .tooLong(length) : .bytes(Self.droppingCR(line))
    }

    /// One line's outcome.
    enum Line {
        case bytes([UInt8])
        case tooLong(Int)
    }

    private static func droppingCR(_ line: [UInt8]) -> [UInt8] {
        line.last == 0x0D ? Array(line.dropLast()) : line
    }

    /// Exactly `count` bytes, or fewer when the input ends first.
    func read(count: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(count, 1 << 20))
        while out.count < count, try fill() {
            let take = min(count - out.count, buffer.count - position)
            out.append(contentsOf: buffer[position..<(position + take)])
            position += take
            offset += take
        }
        return out
    }

    /// Skips `count` bytes; returns how many were skipped (fewer at the end of input).
    func skip(count: Int) throws -> Int {
        var skipped = 0
        while skipped < count, try fill() {
            let take = min(count - skipped, buffer.count - position)
            position += take
            skipped += take
            offset += take
        }
        return skipped
    }

    /// The next byte without consuming it.
    func peek() throws -> UInt8? {
        guard try fill() else { return nil }
        return buffer[position]
    }
}
