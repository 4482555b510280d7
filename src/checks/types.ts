/** The values checks read: cell id (`table.row.col`) → printed value, null where unknown. Absent = no fact. */
export type CellValues = Map<string, number | null>;
