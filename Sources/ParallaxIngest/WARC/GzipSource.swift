import CZlib

/// Streams the decompressed bytes of a gzip file (RFC 1952) over another ``ByteSource``: any number of
/// members one after another, as WARC files write one member per record.
///
/// Inflation is zlib's (a hand-written inflater preceded it and skipped the CRC to save time); zlib checks
/// each member's CRC-32 and length, so a damaged member is named as such instead of slipping through. The
/// stream is reset between members. Memory is zlib's 32 KiB window plus one input chunk. Output past
/// `maxOutputBytes` is refused, which stops decompression bombs. Bytes after the last member that do not
/// start another member (padding some writers add) are ignored, as other gzip readers do.
///
/// Output decoded before an error is returned first and the error on the next read. The output of the zlib
/// call that met the damage is dropped: a small member (a WARC record) is inflated in one call, so a record
/// whose member fails its CRC never reaches the reader. A member larger than one read reaches the caller in
/// part before its trailer (and so its CRC) is read: that is what keeps memory bounded.
package final class GzipSource: ByteSource {
    private let input: any ByteSource
    private var inBuffer: [UInt8] = []
    private var inPosition = 0
    private var inputEnded = false
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private(set) var totalOutput = 0
    private let maxOutputBytes: Int
    /// Members started so far; the current one is number `members`.
    private var members = 0

    private enum State {
        /// Before a member's first byte: the next bytes decide between another member and the end.
        case betweenMembers
        case inMember
        case finished
    }
    private var state = State.betweenMembers

    /// - Parameters:
    ///   - input: the compressed bytes.
    ///   - maxOutputBytes: the most decompressed bytes this source gives before throwing.
    init(_ input: any ByteSource, maxOutputBytes: Int = Int.max) {
        self.input = input
        self.maxOutputBytes = maxOutputBytes
        stream.initialize(to: z_stream())
    }

    deinit {
        if members > 0 { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Whether `bytes` start with the gzip magic number.
    static func isGzip<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// Decompresses a whole in-memory gzip file.
    /// - Throws: ``ByteSourceError`` when it is corrupt, truncated or over `maxOutputBytes`.
    package static func decompress(_ bytes: [UInt8], maxOutputBytes: Int = Int.max) throws -> [UInt8] {
        let source = GzipSource(MemoryByteSource(bytes), maxOutputBytes: maxOutputBytes)
        var out: [UInt8] = []
        out.reserveCapacity(min(bytes.count * 4, maxOutputBytes))
        while let chunk = try source.readChunk(maxLength: 1 << 18) { out.append(contentsOf: chunk) }
        return out
    }

    /// An error met after some output was produced: that output is returned first, the error next time.
    private var pendingError: (any Error)?

    func readChunk(maxLength: Int) throws -> [UInt8]? {
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        var failure: (any Error)?
        let out = [UInt8](unsafeUninitializedCapacity: max(maxLength, 1)) { buffer, count in
            do {
                count = try inflate(into: UnsafeMutableRawBufferPointer(buffer), maxLength: maxLength)
            } catch let error as PartialOutput {
                failure = error.cause
                count = error.count
            } catch {
                failure = error
                count = 0
            }
        }
        if let failure {
            if out.isEmpty { throw failure }
            pendingError = failure
        }
        totalOutput += out.count
        if totalOutput > maxOutputBytes {
            throw ByteSourceError(message: "the decompressed data is over the \(maxOutputBytes)-byte limit.")
        }
        return out.isEmpty ? nil : out
    }

    /// An error thrown by ``inflate(into:maxLength:)`` after `count` bytes were written.
    private struct PartialOutput: Error {
        var count: Int
        var cause: ByteSourceError
    }

    /// Fills `out` with up to `maxLength` bytes; returns how many.
    private func inflate(into out: UnsafeMutableRawBufferPointer, maxLength: Int) throws -> Int {
        var produced = 0
        do {
            while produced < maxLength {
                switch state {
                case .finished:
                    return produced
                case .betweenMembers:
                    guard try startMember() else {
                        state = .finished
                        return produced
                    }
                case .inMember:
                    guard try refillInput() else { throw Self.truncated }
                    produced = try step(into: out, produced: produced, maxLength: maxLength)
                }
            }
        } catch let error as ByteSourceError {
            throw PartialOutput(count: produced, cause: error)
        }
        return produced
    }

    /// One call of zlib's `inflate` over the unread input; returns the new output count.
    private func step(into out: UnsafeMutableRawBufferPointer, produced: Int, maxLength: Int) throws -> Int {
        let available = inBuffer.count - inPosition
        let code = inBuffer.withUnsafeMutableBufferPointer { input -> Int32 in
            stream.pointee.next_in = input.baseAddress! + inPosition
            stream.pointee.avail_in = UInt32(available)
            stream.pointee.next_out = out.baseAddress!.assumingMemoryBound(to: UInt8.self) + produced
            stream.pointee.avail_out = UInt32(maxLength - produced)
            return CZlib.inflate(stream, Z_NO_FLUSH)
        }
        inPosition += available - Int(stream.pointee.avail_in)
        let now = maxLength - Int(stream.pointee.avail_out)
        switch code {
        case Z_OK, Z_BUF_ERROR:
            return now
        case Z_STREAM_END:
            state = .betweenMembers
            return now
        case Z_DATA_ERROR:
            throw dataError()
        case Z_MEM_ERROR:
            throw ByteSourceError(message: "gzip member \(members) cannot be decompressed (out of memory).")
        default:
            throw ByteSourceError(message: "the gzip data is corrupt (zlib error \(code)).")
        }
    }

    /// zlib's message for bad data, as a sentence: a failed CRC or length check names the member.
    private func dataError() -> ByteSourceError {
        let message = stream.pointee.msg.map { String(cString: $0) } ?? "bad data"
        switch message {
        case "incorrect data check":
            return ByteSourceError(message: "gzip member \(members) fails its CRC check (the data is corrupt).")
        case "incorrect length check":
            return ByteSourceError(message: "gzip member \(members) has the wrong length (corrupt data).")
        case "incorrect header check":
            return ByteSourceError(message: "the data is not gzip (bad magic number).")
        default:
            return ByteSourceError(message: "the gzip data is corrupt (\(message)).")
        }
    }

    private static let truncated = ByteSourceError(message: "the gzip data is truncated.")

    /// Opens the next member when the input holds one; false at a clean end of input.
    private func startMember() throws -> Bool {
        // The magic number decides, so two bytes are needed (they may straddle input chunks).
        while inBuffer.count - inPosition < 2, try readMoreInput() {}
        let available = inBuffer.count - inPosition
        if available == 0 {
            if members == 0 { throw ByteSourceError(message: "the gzip data is empty.") }
            return false
        }
        if members > 0 {
            guard available >= 2 else {
                throw ByteSourceError(message: "the gzip data has a stray byte after member \(members).")
            }
            // Trailing bytes after the last member (padding some writers add): not ours to read.
            guard inBuffer[inPosition] == 0x1F, inBuffer[inPosition + 1] == 0x8B else { return false }
        }
        let code = members == 0 ? parallax_inflate_init_gzip(stream) : inflateReset(stream)
        guard code == Z_OK else {
            throw ByteSourceError(message: "gzip member \(members + 1) cannot be decompressed (zlib error \(code)).")
        }
        members += 1
        state = .inMember
        return true
    }

    /// Ensures unread input; false when the input has ended.
    private func refillInput() throws -> Bool {
        if inPosition < inBuffer.count { return true }
        while try readMoreInput() {
            if inPosition < inBuffer.count { return true }
        }
        return false
    }

    /// Appends the next input chunk to the unread bytes; false at the end of input.
    private func readMoreInput() throws -> Bool {
        if inputEnded { return false }
        guard let chunk = try input.readChunk(maxLength: 64 << 10) else {
            inputEnded = true
            return false
        }
        if inPosition < inBuffer.count {
            inBuffer = Array(inBuffer[inPosition...]) + chunk
        } else {
            inBuffer = chunk
        }
        inPosition = 0
        return true
    }
}
