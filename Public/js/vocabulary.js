// Names and colors for the API's vocabulary: entity types, relation types and their QuadClass.

export const entityTypes = ["country", "person", "organization", "location", "equipment", "misc"];

/** The 21 relation types in the order of the design's table, grouped by QuadClass. */
export const relationTypes = [
  "meet_or_negotiate", "appeal", "pledge_cooperation", "praise_or_back", "recognise_or_restore_ties",
  "sign_agreement", "trade_or_economic_cooperation", "security_cooperation", "arms_supply", "provide_aid",
  "ease_or_concede", "demand", "criticise_or_accuse", "reject_or_veto", "threaten", "reduce_relations",
  "impose_sanctions", "military_buildup", "seize_detain_expel", "use_force", "invade_or_occupy",
];

export const quadClasses = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

/** "arms_supply" -> "arms supply". */
export function relationLabel(type) {
  return type.replaceAll("_", " ");
}

/** The CSS class that colors a QuadClass (see .quad-1 … .quad-4 in style.css). */
export function quadClassName(quadClass) {
  return `quad-${quadClasses[quadClass] ? quadClass : 0}`;
}
