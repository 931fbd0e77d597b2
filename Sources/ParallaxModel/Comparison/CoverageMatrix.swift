/// Which outlet carries which claim group: rows are groups, columns outlets.
public struct CoverageMatrix: Hashable, Sendable, Codable {
    /// The columns: every outlet of the event, sorted.
    public var outlets: [String]
    /// One row per claim group, in group order.
    public var rows: [Row]

    /// One claim group across the outlets.
    public struct Row: Hashable, Sendable, Codable {
        /// The claim group of this row.
        public var groupId: String
        /// Parallel to ``CoverageMatrix/outlets``: the id of the claim by which the outlet carries the group, or
        /// nil (JSON `null`) when it does not. Outlets of one syndication group share their voice's claim, which
        /// may sit in another outlet's copy.
        public var claimIds: [String?]

        /// Creates a row.
        public init(groupId: String, claimIds: [String?]) {
            self.groupId = groupId
            self.claimIds = claimIds
        }
    }

    /// Creates a matrix.
    public init(outlets: [String], rows: [Row]) {
        self.outlets = outlets
        self.rows = rows
    }
}
