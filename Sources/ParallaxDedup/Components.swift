/// Connected components of the verified pairs: a union-find over document positions that also keeps the
/// member list of every component of two or more, so a new pair touches only the two components it joins.
struct Components: Sendable, Hashable {
    private(set) var parent = ContiguousArray<Int32>()
    /// Members of each root whose component has two or more documents.
    private(set) var members: [Int32: ContiguousArray<Int32>] = [:]

    /// Adds a document in a component of its own.
    mutating func append() { parent.append(Int32(parent.count)) }

    /// The root of `x`'s component.
    func root(_ x: Int32) -> Int32 {
        var x = x
        while parent[Int(x)] != x { x = parent[Int(x)] }
        return x
    }

    /// The root of `x`'s component, shortening the path on the way.
    mutating func find(_ x: Int32) -> Int32 {
        var x = x
        while parent[Int(x)] != x {
            let grandparent = parent[Int(parent[Int(x)])]
            parent[Int(x)] = grandparent
            x = grandparent
        }
        return x
    }

    /// Joins the components of `a` and `b`, the smaller under the larger.
    mutating func union(_ a: Int32, _ b: Int32) {
        var ra = find(a)
        var rb = find(b)
        guard ra != rb else { return }
        var ma = members.removeValue(forKey: ra) ?? [ra]
        var mb = members.removeValue(forKey: rb) ?? [rb]
        if ma.count < mb.count || (ma.count == mb.count && rb < ra) {
            swap(&ra, &rb)
            swap(&ma, &mb)
        }
        parent[Int(rb)] = ra
        ma.append(contentsOf: mb)
        members[ra] = ma
    }

    /// The members of `root`'s component (just `root` when it is alone).
    func members(of root: Int32) -> ContiguousArray<Int32> { members[root] ?? [root] }
}
