// Ids of the inspector fields the reader's keys focus (s: source, e: note).
export const SOURCE_FIELD_ID = 'inspector-source'
export const NOTE_FIELD_ID = 'inspector-note'
