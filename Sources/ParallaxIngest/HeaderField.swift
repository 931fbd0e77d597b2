import Foundation
import ParallaxModel
import ParallaxText

/// One piece of metadata recognised in an article's leading lines.
enum HeaderField: Equatable {
    case title(String)
    case published(Timestamp)
    /// Names, and the raw value (a desk credit such as "Meridian News" may name the outlet).
    case authors([String], raw: String)
    case outlet(String)
    case url(String)
    case categories([String])
    case dateline(String)
    case language(String)
    /// `Text:` and its kin: the body starts here (with the value, if any, as its first line).
    case bodyStart(String)
    /// A recognised key whose value Parallax does not keep (`Updated:`, `Author title:`).
    case ignored
}

/// Recognises `Key: value` header lines by their keys.
enum HeaderKeys {
    /// Folded key (digits and trailing spaces removed) to the field it fills.
    static let kinds: [String: String] = [
        "title": "title", "headline": "title", "head": "title",
        "published": "published", "published time": "published", "published at": "published",
        "published on": "published", "publication date": "published", "date published": "published",
        "date": "published", "pubdate": "published", "posted": "published", "posted on": "published",
        "first published": "published", "time": "published", "datetime": "published",
        "updated": "ignored", "last updated": "ignored", "modified": "ignored", "updated at": "ignored",
        "author": "authors", "authors": "authors", "byline": "authors", "writer": "authors", "by": "authors",
        "reporter": "authors", "written by": "authors",
        "author title": "ignored", "author description": "ignored", "author bio": "ignored",
        "author details": "ignored", "author url": "ignored", "image": "ignored", "photo": "ignored",
        "word count": "ignored", "words": "ignored", "id": "ignored", "length": "ignored", "summary": "ignored",
        "description": "ignored", "excerpt": "ignored", "subtitle": "ignored", "standfirst": "ignored",
        "source": "outlet", "outlet": "outlet", "publisher": "outlet", "publication": "outlet",
        "site": "outlet", "site name": "outlet", "newspaper": "outlet", "media": "outlet", "agency": "outlet",
        "url": "url", "link": "url", "source url": "url", "canonical": "url", "canonical url": "url",
        "permalink": "url", "web": "url",
        "category": "categories", "categories": "categories", "section": "categories", "tags": "categories",
        "topic": "categories", "topics": "categories", "keywords": "categories", "subject": "categories",
        "dateline": "dateline", "location": "dateline", "place": "dateline",
        "language": "language", "lang": "language",
        "text": "body", "body": "body", "content": "body", "article": "body", "story": "body",
        "full text": "body", "article text": "body", "main text": "body",
        // The same keys in Russian, Chinese, French, German and Spanish.
        "опубликовано": "published", "дата публикации": "published", "дата": "published", "время": "published",
        "发布时间": "published", "发布日期": "published", "发表时间": "published", "时间": "published",
        "日期": "published", "publié le": "published", "publié": "published", "date de publication": "published",
        "veröffentlicht": "published", "veröffentlicht am": "published", "datum": "published",
        "publicado": "published", "publicado el": "published", "fecha": "published",
        "fecha de publicación": "published",
        "обновлено": "ignored", "更新时间": "ignored", "mis à jour le": "ignored", "aktualisiert am": "ignored",
        "actualizado": "ignored", "actualizado el": "ignored",
        "заголовок": "title", "标题": "title", "titre": "title", "titel": "title", "título": "title",
        "автор": "authors", "авторы": "authors", "作者": "authors", "记者": "authors", "auteur": "authors",
        "autor": "authors", "autores": "authors",
        "источник": "outlet", "来源": "outlet", "quelle": "outlet", "fuente": "outlet",
        "ссылка": "url", "链接": "url", "原文链接": "url", "lien": "url", "enlace": "url",
        // The editor on duty is no author.
        "责任编辑": "ignored", "编辑": "ignored", "责编": "ignored", "审核": "ignored", "校对": "ignored",
        "рубрика": "categories", "栏目": "categories", "rubrique": "categories", "ressort": "categories",
        "sección": "categories",
    ]

    /// Values that stand for "missing" in scraped headers.
    static let placeholders: Set<String> = [
        "author details not found", "not found", "n/a", "na", "none", "null", "nil", "unknown", "-", "--",
        "not available", "no author", "anonymous", "undefined", "staff", "",
    ]

    /// Parses one line as header fields; nil when it is not a header line.
    ///
    /// A line may hold several `Key: value` segments separated by `|` or `;`
    /// (`Published: 11:46, June 20, 2022 | Updated: …`, `Category 1: CHINA; Category 2: DIPLOMACY`).
    ///
    /// Chinese pages put several `Key：value` pairs on one line separated by spaces (`来源：人民网 作者：李明`), and
    /// may open the line with the time without a key (`2022-06-15 10:30 来源：新华网`): a line is cut before each
    /// Chinese key, and a first piece with no key that reads as a date is the publication time.
    static func parse(_ line: String) -> [HeaderField]? {
        let segments = splitSegments(line)
        var fields: [HeaderField] = []
        for (index, segment) in segments.enumerated() {
            if index == 0, segments.count > 1, keyValue(segment).flatMap({ kind(forKey: $0.0) }) == nil,
                segment.contains(where: \.isNumber), let stamp = PublicationDateParser.parse(segment)
            {
                fields.append(.published(stamp))
                continue
            }
            guard let (key, value) = keyValue(segment), let kind = kind(forKey: key) else { return nil }
            let isPlaceholder = placeholders.contains(value.lowercased())
            switch kind {
            case "title": if !isPlaceholder { fields.append(.title(value)) } else { fields.append(.ignored) }
            case "published":
                if let stamp = PublicationDateParser.parse(value) {
                    fields.append(.published(stamp))
                } else {
                    fields.append(.ignored)
                }
            case "authors": fields.append(isPlaceholder ? .ignored : .authors(Bylines.names(in: value), raw: value))
            case "outlet": fields.append(isPlaceholder ? .ignored : .outlet(value))
            case "url": fields.append(value.hasPrefix("http") ? .url(value) : .ignored)
            case "categories":
                let parts = value.split(whereSeparator: { $0 == "," || $0 == ";" }).map {
                    String($0).trimmingWhitespace()
                }
                fields.append(.categories(parts.filter { !$0.isEmpty && !placeholders.contains($0.lowercased()) }))
            case "dateline": fields.append(isPlaceholder ? .ignored : .dateline(value))
            case "language": fields.append(isPlaceholder ? .ignored : .language(value))
            case "body": fields.append(.bodyStart(value))
            default: fields.append(.ignored)
            }
        }
        return fields.isEmpty ? nil : fields
    }

    private static func kind(forKey key: String) -> String? {
        var folded = key.lowercased().trimmingWhitespace()
        while let last = folded.last, last.isNumber || last == " " || last == "_" { folded.removeLast() }
        folded = folded.replacingAll("_", with: " ").replacingAll("-", with: " ")
        return kinds[folded]
    }

    /// Splits at `|`, and at `;` when what follows looks like another `Key:`.
    private static func splitSegments(_ line: String) -> [String] {
        var result: [String] = []
        for piece in line.split(separator: "|", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: ";", omittingEmptySubsequences: true).map {
                String($0).trimmingWhitespace()
            }
            if parts.count > 1
                && parts.dropFirst().allSatisfy({ keyValue($0).map { kind(forKey: $0.0) != nil } ?? false })
            {
                result.append(contentsOf: parts)
            } else {
                result.append(String(piece))
            }
        }
        return result.flatMap(splitAtChineseKeys).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Cuts a piece at the white space before each Chinese `Key：` whose key is known (`来源：人民网 作者：李明` →
    /// `来源：人民网`, `作者：李明`); pieces without such a key come back whole.
    private static func splitAtChineseKeys(_ piece: String) -> [String] {
        guard piece.unicodeScalars.contains(where: Script.isCJK) else { return [piece] }
        let words = piece.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
        var result: [String] = []
        var current: [Substring] = []
        for word in words {
            if !current.isEmpty, word.unicodeScalars.contains(where: Script.isCJK),
                let (key, _) = keyValue(String(word)), kind(forKey: key) != nil
            {
                result.append(current.joined(separator: " "))
                current = []
            }
            current.append(word)
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result.count > 1 ? result : [piece]
    }

    /// Splits `Key: value` where the key is 1–4 words of letters, digits, spaces, `_` or `-`.
    static func keyValue(_ segment: String) -> (String, String)? {
        // Chinese and Japanese write the full-width colon ("发布时间：2022-06-15").
        guard let colon = segment.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = segment[..<colon]
        guard !key.isEmpty, key.count <= 32, key.first?.isLetter == true,
            key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "_" || $0 == "-" }),
            key.split(separator: " ").count <= 4
        else { return nil }
        let value = String(segment[segment.index(after: colon)...]).trimmingWhitespace()
        if value.hasPrefix("//") { return nil }  // "http://…" is not a key
        return (String(key), value)
    }
}
