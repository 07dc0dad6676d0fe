// `npm run bench`: the benchmarks, one `name: value unit` line per figure.
import '../bench/run'
