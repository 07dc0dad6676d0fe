// Ids of the inspector fields the reader's keys focus (s: source, S: add a source, e: note).
export const SOURCE_FIELD_ID = 'inspector-source'
export const NOTE_FIELD_ID = 'inspector-note'
export const ADD_SOURCE_FIELD_ID = 'inspector-add-source'
