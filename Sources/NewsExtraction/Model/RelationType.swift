/// The 21 relation types of `relation-types.tsv`, each with its CAMEO root, QuadClass and Goldstein weight.
public enum RelationType: String, Sendable, CaseIterable, Codable {
    case meetOrNegotiate = "meet_or_negotiate"
    case appeal
    case pledgeCooperation = "pledge_cooperation"
    case praiseOrBack = "praise_or_back"
    case recogniseOrRestoreTies = "recognise_or_restore_ties"
    case signAgreement = "sign_agreement"
    case tradeOrEconomicCooperation = "trade_or_economic_cooperation"
    case securityCooperation = "security_cooperation"
    case armsSupply = "arms_supply"
    case provideAid = "provide_aid"
    case easeOrConcede = "ease_or_concede"
    case demand
    case criticiseOrAccuse = "criticise_or_accuse"
    case rejectOrVeto = "reject_or_veto"
    case threaten
    case reduceRelations = "reduce_relations"
    case imposeSanctions = "impose_sanctions"
    case militaryBuildup = "military_buildup"
    case seizeDetainExpel = "seize_detain_expel"
    case useForce = "use_force"
    case invadeOrOccupy = "invade_or_occupy"

    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quadClass: Int { Self.table[self]!.quadClass }
    /// Goldstein weight, -10 (most conflictual) ... +10.
    public var goldstein: Double { Self.table[self]!.goldstein }
    /// The representative CAMEO code of the type.
    public var cameo: String { Self.table[self]!.cameo }
    /// Every CAMEO code that maps to this type.
    public var cameoCodes: [String] { Self.table[self]!.codes }
    /// Acts that both sides do to each other (talks, agreements, joint exercises).
    public var isReciprocal: Bool {
        switch self {
        case .meetOrNegotiate, .signAgreement, .tradeOrEconomicCooperation, .securityCooperation: true
        default: false
        }
    }

    /// The type a CAMEO code belongs to.
    public init?(cameo code: String) {
        guard let type = Self.byCode[code] else { return nil }
        self = type
    }

    private struct Facts {
        let quadClass: Int
        let goldstein: Double
        let cameo: String
        let codes: [String]
    }

    private static func codes(_ list: String) -> [String] { list.split(separator: " ").map(String.init) }

    // From ../shared/eval/relation-types.tsv.
    private static let table: [RelationType: Facts] = [
        .meetOrNegotiate: Facts(
            quadClass: 1, goldstein: 1.0, cameo: "040", codes: codes("040 041 042 043 044 045 046")),
        .appeal: Facts(quadClass: 1, goldstein: 3.0, cameo: "020", codes: codes("020 021 022 023 024 025 026 027 028")),
        .pledgeCooperation: Facts(
            quadClass: 1, goldstein: 4.0, cameo: "030", codes: codes("030 031 032 033 034 035 036 037 038 039")),
        .praiseOrBack: Facts(quadClass: 1, goldstein: 3.4, cameo: "051", codes: codes("050 051 052 053 055 056")),
        .recogniseOrRestoreTies: Facts(quadClass: 1, goldstein: 6.0, cameo: "054", codes: codes("054")),
        .signAgreement: Facts(quadClass: 1, goldstein: 8.0, cameo: "057", codes: codes("057")),
        .tradeOrEconomicCooperation: Facts(quadClass: 2, goldstein: 6.4, cameo: "061", codes: codes("060 061")),
        .securityCooperation: Facts(quadClass: 2, goldstein: 7.4, cameo: "062", codes: codes("062 063 064")),
        .armsSupply: Facts(quadClass: 2, goldstein: 8.3, cameo: "072", codes: codes("072")),
        .provideAid: Facts(quadClass: 2, goldstein: 7.0, cameo: "070", codes: codes("070 071 073 074 075")),
        .easeOrConcede: Facts(
            quadClass: 2, goldstein: 5.0, cameo: "080", codes: codes("080 081 082 083 084 085 086 087")),
        .demand: Facts(
            quadClass: 3, goldstein: -5.0, cameo: "100", codes: codes("100 101 102 103 104 105 106 107 108")),
        .criticiseOrAccuse: Facts(
            quadClass: 3, goldstein: -2.0, cameo: "111", codes: codes("110 111 112 113 114 115 116")),
        .rejectOrVeto: Facts(
            quadClass: 3, goldstein: -4.0, cameo: "120", codes: codes("120 121 122 123 124 125 126 127 128 129")),
        .threaten: Facts(
            quadClass: 3, goldstein: -4.4, cameo: "130", codes: codes("130 131 132 133 134 135 136 137 138 139")),
        .reduceRelations: Facts(quadClass: 4, goldstein: -4.0, cameo: "160", codes: codes("160 161 162 164 165 166")),
        .imposeSanctions: Facts(quadClass: 4, goldstein: -8.0, cameo: "163", codes: codes("163")),
        .militaryBuildup: Facts(quadClass: 4, goldstein: -7.2, cameo: "150", codes: codes("150 151 152 153 154")),
        .seizeDetainExpel: Facts(
            quadClass: 4, goldstein: -7.0, cameo: "170", codes: codes("170 171 172 173 174 175 181")),
        .useForce: Facts(
            quadClass: 4, goldstein: -10.0, cameo: "190",
            codes: codes("180 182 183 184 185 186 190 191 193 194 195 196 200 201 202 203 204")),
        .invadeOrOccupy: Facts(quadClass: 4, goldstein: -9.5, cameo: "192", codes: codes("192")),
    ]

    private static let byCode: [String: RelationType] = {
        var map: [String: RelationType] = [:]
        for (type, facts) in table { for code in facts.codes { map[code] = type } }
        return map
    }()
}
