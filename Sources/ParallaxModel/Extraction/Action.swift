/// The coarse taxonomy of what an actor does (after CAMEO's top levels, collapsed for news comparison).
public enum ActionCategory: String, Sendable, Codable, Hashable, CaseIterable {
    /// Says, announces, notes.
    case statement
    /// Calls on, urges, appeals.
    case appeal
    /// Agrees, cooperates, signs, works with.
    case cooperate
    /// Meets, holds talks, calls, visits.
    case consult
    /// Supports, backs, welcomes, praises.
    case support
    /// Opposes, criticises, condemns, rejects.
    case oppose
    /// Demands.
    case demand
    /// Threatens, warns.
    case threaten
    /// Sanctions, restricts, bans.
    case sanction
    /// Attacks, strikes, invades, kills.
    case useOfForce = "use-of-force"
    /// Gives aid, evacuates, establishes relief.
    case aid
    /// Anything else with a clear actor and verb.
    case other
}

/// Who did what to whom in one clause.
public struct Action: Hashable, Sendable, Codable {
    public var actor: String
    public var actorEntityId: String?
    /// The verb in base form ("hold", "support").
    public var verb: String
    /// The predicate as written ("held a phone conversation with").
    public var predicate: String
    public var target: String?
    public var targetEntityId: String?
    public var category: ActionCategory
    /// Negated ("did not attend").
    public var negated: Bool
    /// The clause.
    public var span: Span

    public init(
        actor: String, actorEntityId: String? = nil, verb: String, predicate: String, target: String? = nil,
        targetEntityId: String? = nil, category: ActionCategory, negated: Bool = false, span: Span
    ) {
        self.actor = actor
        self.actorEntityId = actorEntityId
        self.verb = verb
        self.predicate = predicate
        self.target = target
        self.targetEntityId = targetEntityId
        self.category = category
        self.negated = negated
        self.span = span
    }
}
