// How many files of a batch are read at once: each PDF or Word file is read in a worker of its
// own, and two keep a two-core machine responsive while the others wait their turn.
export const READ_CONCURRENCY = 2
