import Foundation

/// A JSON value read strictly (booleans are not numbers, integers are not doubles), for schema validation.
enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(_ bytes: some Sequence<UInt8>) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}

/// The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that docs/openapi.json uses: `type` (one or a
/// list), `properties`, `required`, `additionalProperties: false` or a schema, `items`, `enum`, `minimum`,
/// `maximum`, `minLength`, `maxLength`, `pattern` and local `$ref`s. An unknown keyword is an error, so the
/// document cannot quietly use something this validator would skip.
struct JSONSchemaValidator {
    /// The whole OpenAPI document, for `$ref`s.
    let document: JSONValue

    static let known: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "minimum", "maximum",
        "minLength", "maxLength", "pattern", "$ref", "description", "format", "default",
    ]

    /// Every violation of `schema` by `value`, each naming its JSON path; empty when valid.
    func errors(_ value: JSONValue, _ schema: [String: JSONValue], path: String = "$") -> [String] {
        if let unknown = schema.keys.first(where: { !Self.known.contains($0) }) {
            return ["\(path): the schema uses `\(unknown)`, which this validator does not check"]
        }
        if let ref = schema["$ref"]?.string {
            guard let target = resolve(ref) else { return ["\(path): unresolvable $ref \(ref)"] }
            return errors(value, target, path: path)
        }
        var found: [String] = []
        if let type = schema["type"] {
            let types: [String]
            switch type {
            case .array(let list): types = list.compactMap(\.string)
            default: types = [type.string ?? ""]
            }
            guard types.contains(where: { Self.matches(value, type: $0) }) else {
                return ["\(path): \(Self.describe(value)) is not of type \(types.joined(separator: " or "))"]
            }
        }
        if case .array(let allowed)? = schema["enum"], !allowed.contains(where: { Self.equal($0, value) }) {
            found.append("\(path): \(Self.describe(value)) is not one of the allowed values")
        }
        if let number = Self.double(value) {
            if let minimum = schema["minimum"].flatMap(Self.double), number < minimum {
                found.append("\(path): \(number) is below \(minimum)")
            }
            if let maximum = schema["maximum"].flatMap(Self.double), number > maximum {
                found.append("\(path): \(number) is above \(maximum)")
            }
        }
        if case .string(let string) = value {
            let length = string.unicodeScalars.count
            if let minimum = schema["minLength"].flatMap(Self.double), Double(length) < minimum {
                found.append("\(path): shorter than \(minimum)")
            }
            if let maximum = schema["maxLength"].flatMap(Self.double), Double(length) > maximum {
                found.append("\(path): longer than \(maximum)")
            }
            if let pattern = schema["pattern"]?.string, string.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): \"\(string)\" does not match \(pattern)")
            }
        }
        if case .object(let object) = value {
            var properties: [String: JSONValue] = [:]
            if case .object(let declared)? = schema["properties"] { properties = declared }
            if case .array(let required)? = schema["required"] {
                for name in required.compactMap(\.string) where object[name] == nil {
                    found.append("\(path): required property `\(name)` is missing")
                }
            }
            for (name, member) in object.sorted(by: { $0.key < $1.key }) {
                if case .object(let property)? = properties[name] {
                    found += errors(member, property, path: "\(path).\(name)")
                } else if case .bool(false)? = schema["additionalProperties"] {
                    found.append("\(path): property `\(name)` is not in the document")
                } else if case .object(let additional)? = schema["additionalProperties"] {
                    found += errors(member, additional, path: "\(path).\(name)")
                }
            }
        }
        if case .array(let array) = value, case .object(let items)? = schema["items"] {
            for (index, element) in array.enumerated() { found += errors(element, items, path: "\(path)[\(index)]") }
        }
        return found
    }

    /// `#/components/schemas/Name` and the like.
    func resolve(_ ref: String) -> [String: JSONValue]? {
        guard ref.hasPrefix("#/") else { return nil }
        var node = document
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let next = node[String(part)] else { return nil }
            node = next
        }
        if case .object(let object) = node { return object }
        return nil
    }

    static func double(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
            ("string", .string), ("array", .array), ("object", .object):
            true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }

    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): x == y
        case (.integer(let x), .integer(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .string(let string): "\"\(string.prefix(40))\""
        case .bool: "a boolean"
        case .integer(let number): "the integer \(number)"
        case .number(let number): "the number \(number)"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
