import ParallaxModel
import ParallaxText

/// Links entities across the articles of one event so each real-world entity has one id and name.
///
/// Entities join (union-find) when:
/// - they have the same kind and the same spelling-insensitive name ("Shanghai Cooperation Organisation" /
///   "… Organization"), or share a name or alias among organisations and named things (an acronym
///   defined in one article and used in another: "SCO");
/// - an all-capitals name equals the initials of a multi-word organisation ("SCO");
/// - a one-word person name ("Xi", from "Mr Xi" or "Chinese leader Xi") is the surname of exactly one
///   multi-word person in the event ("Xi Jinping"); for Chinese names the surname is the first word;
/// - countries: same ISO code.
/// The linked entity takes the longest name, the union of aliases and roles, and the first known country;
/// its id is derived from that name. Mentions, quote speakers, attributions and actions are rewritten.
public enum EntityLinker {
    /// Makes entity ids consistent across the articles of one event.
    ///
    /// - Parameter extractions: Per-article results from ``Extractor/extract(_:)``.
    /// - Returns: The same extractions with linked entity ids and names.
    public static func link(_ extractions: [ArticleExtraction]) -> [ArticleExtraction] {
        var all: [Entity] = []
        var owner: [(article: Int, id: String)] = []
        for (a, extraction) in extractions.enumerated() {
            for entity in extraction.entities {
                all.append(entity)
                owner.append((a, entity.id))
            }
        }
        guard !all.isEmpty else { return extractions }
        var sets = DisjointSets(count: all.count)
        joinSameNames(all, &sets)
        joinAcronyms(all, &sets)
        joinSurnames(all, &sets)
        let merged = mergeGroups(all, &sets)
        var mapping: [[String: Int]] = Array(repeating: [:], count: extractions.count)
        for (index, (article, id)) in owner.enumerated() { mapping[article][id] = sets.find(index) }
        return extractions.indices.map { rewrite(extractions[$0], map: mapping[$0], merged: merged) }
    }

    /// Union-find over entity indices; a set's root is its smallest index.
    private struct DisjointSets {
        var parent: [Int]

        init(count: Int) { parent = Array(0..<count) }

        mutating func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }

        mutating func union(_ a: Int, _ b: Int) {
            let ra = find(a)
            let rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
    }

    /// Same kind and name key; names and aliases among organisations and named things; countries by code.
    private static func joinSameNames(_ all: [Entity], _ sets: inout DisjointSets) {
        var byName: [String: Int] = [:]
        var byOrgAlias: [String: Int] = [:]
        for (index, entity) in all.enumerated() {
            let key: String
            if entity.kind == .country, let code = entity.country {
                key = "country|" + code
            } else {
                key = group(entity.kind) + "|" + Slug.matchKey(personCore(entity.name, entity.kind))
            }
            if let other = byName[key] { sets.union(index, other) } else { byName[key] = index }
            if entity.kind == .organization || entity.kind == .other {
                for alias in entity.aliases + [entity.name] {
                    let aliasKey = Slug.matchKey(alias)
                    guard aliasKey.utf8.count >= 2 else { continue }
                    if let other = byOrgAlias[aliasKey] {
                        sets.union(index, other)
                    } else {
                        byOrgAlias[aliasKey] = index
                    }
                }
            }
        }
    }

    /// An all-capitals name to the one multi-word organisation whose initials it is.
    private static func joinAcronyms(_ all: [Entity], _ sets: inout DisjointSets) {
        var initials: [String: Set<Int>] = [:]
        for (index, entity) in all.enumerated() where entity.kind == .organization || entity.kind == .other {
            let words = entity.name.split(separator: " ")
            guard words.count >= 2 else { continue }
            var letters = ""
            for word in words where word.first?.isUppercase == true { letters.append(word.first!) }
            if letters.count >= 2 { initials[letters, default: []].insert(sets.find(index)) }
        }
        for (index, entity) in all.enumerated() where entity.kind == .organization || entity.kind == .other {
            let name = entity.name
            guard !name.contains(" "), name.count >= 2, name.allSatisfy({ $0.isUppercase }),
                let targets = initials[name], targets.count == 1, let target = targets.first
            else { continue }
            sets.union(index, target)
        }
    }

    /// One-word person names to the unique multi-word person with that surname.
    private static func joinSurnames(_ all: [Entity], _ sets: inout DisjointSets) {
        var surnames: [String: Set<Int>] = [:]
        for (index, entity) in all.enumerated() where entity.kind == .person {
            let words = entity.name.split(separator: " ").map { Folding.fold(String($0)) }
            guard words.count >= 2 else { continue }
            surnames[words[words.count - 1], default: []].insert(index)
            if NameLexicon.chineseSurnames.contains(words[0]) && words.count <= 3 {
                surnames[words[0], default: []].insert(index)
            }
        }
        for (index, entity) in all.enumerated() where entity.kind == .person && !entity.name.contains(" ") {
            guard let candidates = surnames[Folding.fold(entity.name)] else { continue }
            let roots = Set(candidates.map { sets.find($0) })
            if roots.count == 1, let target = candidates.first { sets.union(index, target) }
        }
    }

    /// One entity per group, by its root: the longest name, the union of aliases and roles, the first country,
    /// and an id from the name made unique among the groups.
    private static func mergeGroups(_ all: [Entity], _ sets: inout DisjointSets) -> [Int: Entity] {
        var members: [Int: [Int]] = [:]
        for index in all.indices { members[sets.find(index), default: []].append(index) }
        var merged: [Int: Entity] = [:]
        var usedIds: Set<String> = []
        for root in members.keys.sorted() {
            let group = members[root]!
            let best = group.max { a, b in
                let wa = all[a].name.split(separator: " ").count
                let wb = all[b].name.split(separator: " ").count
                return wa != wb
                    ? wa < wb : (all[a].name.count != all[b].name.count ? all[a].name.count < all[b].name.count : a > b)
            }!
            var entity = all[best]
            entity.kind = dominantKind(group.map { all[$0].kind }, fallback: entity.kind)
            var aliases: [String] = []
            var roles: [String] = []
            for m in group {
                for alias in [all[m].name] + all[m].aliases where alias != entity.name && !aliases.contains(alias) {
                    aliases.append(alias)
                }
                for role in all[m].roles where !roles.contains(role) { roles.append(role) }
                if entity.country == nil { entity.country = all[m].country }
            }
            entity.aliases = aliases
            entity.roles = roles
            var id = entity.kind.rawValue + ":" + Slug.make(entity.name)
            if entity.kind == .country, let code = entity.country {
                id = "country:" + Slug.make(Countries.name(ofCode: code))
            }
            var unique = id
            var suffix = 2
            while usedIds.contains(unique) {
                unique = id + "-\(suffix)"
                suffix += 1
            }
            usedIds.insert(unique)
            entity.id = unique
            merged[root] = entity
        }
        return merged
    }

    /// One article's extraction with its entities replaced by the linked ones (each once) and every reference
    /// to an entity (mentions, quote speakers, attributions, actions) rewritten.
    /// - Parameter map: the article's entity ids to their group's root.
    private static func rewrite(_ extraction: ArticleExtraction, map: [String: Int], merged: [Int: Entity])
        -> ArticleExtraction
    {
        var result = extraction
        func newId(_ id: String?) -> String? { id.flatMap { map[$0] }.flatMap { merged[$0]?.id } ?? id }
        func newName(_ id: String?) -> String? { id.flatMap { map[$0] }.flatMap { merged[$0]?.name } }
        var seen: Set<Int> = []
        var entities: [Entity] = []
        for entity in extraction.entities {
            guard let root = map[entity.id], !seen.contains(root), let linked = merged[root] else { continue }
            seen.insert(root)
            entities.append(linked)
        }
        result.entities = entities
        for m in result.mentions.indices {
            result.mentions[m].entityId = newId(result.mentions[m].entityId)!
        }
        for q in result.quotes.indices {
            let old = result.quotes[q].speakerEntityId
            if let name = newName(old) { result.quotes[q].speaker = name }
            result.quotes[q].speakerEntityId = newId(old)
        }
        for t in result.attributions.indices {
            result.attributions[t].sourceEntityId = newId(result.attributions[t].sourceEntityId)
        }
        for c in result.actions.indices {
            let actor = result.actions[c].actorEntityId
            let target = result.actions[c].targetEntityId
            if let name = newName(actor) { result.actions[c].actor = name }
            if let name = newName(target) { result.actions[c].target = name }
            result.actions[c].actorEntityId = newId(actor)
            result.actions[c].targetEntityId = newId(target)
        }
        return result
    }

    /// Organisations and named things share one namespace for matching (an acronym may be either).
    private static func group(_ kind: EntityKind) -> String {
        kind == .other ? EntityKind.organization.rawValue : kind.rawValue
    }

    /// A person's name without leading title words ("Mr Xi" → "Xi").
    private static func personCore(_ name: String, _ kind: EntityKind) -> String {
        guard kind == .person else { return name }
        var words = name.split(separator: " ")
        while words.count > 1,
            NameLexicon.titleHeads.contains(Folding.fold(String(words[0]).replacingAll(".", with: "")))
                || NameLexicon.titleModifiers.contains(Folding.fold(String(words[0])))
        {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    private static func dominantKind(_ kinds: [EntityKind], fallback: EntityKind) -> EntityKind {
        var counts: [EntityKind: Int] = [:]
        for kind in kinds { counts[kind, default: 0] += 1 }
        // An organisation beats `other` (an acronym of an organisation is still one).
        if counts[.organization] != nil && counts[.other] != nil {
            return counts[.organization]! >= counts[.other]! ? .organization : .other
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }?.key
            ?? fallback
    }
}
