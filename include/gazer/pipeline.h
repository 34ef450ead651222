// Pipeline: reader -> extractor -> writer over many articles, on one or more
// threads, with output in input order whatever the thread count.
//
// Memory stays bounded: at most a few batches of about 256 KB of input are
// in flight at once (plus the largest single article). Every input problem is
// printed as one line "gazer: ORIGIN[:LINE]: reason" on the error stream and
// the run goes on, unless `strict`, which stops at the first.
#ifndef GAZER_PIPELINE_H_
#define GAZER_PIPELINE_H_

#include <cstdint>
#include <cstdio>

#include "gazer/extractor.h"
#include "gazer/json_writer.h"
#include "gazer/reader.h"
#include "gazer/status.h"

namespace gazer {

struct PipelineOptions {
  int threads = 1;
  bool strict = false;
  bool progress = false;  // a progress line on the error stream
  ReaderOptions reader;
};

struct PipelineStats {
  uint64_t articles = 0;  // lines written
  uint64_t failures = 0;  // input problems reported
  uint64_t bytes = 0;     // input bytes read
};

// Runs the whole extraction. Fails only if the output cannot be written.
Status RunPipeline(Reader* reader, const Extractor& extractor, const JsonWriter& writer,
                   const PipelineOptions& options, std::FILE* out, std::FILE* err, PipelineStats* stats);

}  // namespace gazer

#endif  // GAZER_PIPELINE_H_
