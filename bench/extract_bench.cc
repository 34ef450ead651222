// Micro-benchmarks of the per-article stages on the examples/ articles with
// the default gazetteers. Run: build/bench/gazer_bench (from the repo root).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "gazer/default_gazetteers.h"
#include "gazer/extractor.h"
#include "gazer/json_writer.h"
#include "gazer/snapshot.h"

namespace {

std::string ExampleText() {
  std::string text;
  for (const char* path : {"examples/articles/01-black-sea-talks.txt", "examples/articles/02-syria-strikes.txt"}) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    text += s.str();
  }
  if (text.empty()) text = "General Valery Gerasimov met Turkish officials in Ankara about the S-400.";
  std::string out;
  while (out.size() < 64 * 1024) out += text;
  return out;
}

struct Defaults {
  gazer::Gazetteer gazetteer;
  std::string_view index_image;
  Defaults() { (void)gazer::LoadDefaultGazetteers(&gazetteer, &index_image); }
};
const Defaults& GetDefaults() {
  static const Defaults* d = new Defaults;
  return *d;
}

void BM_Normalize(benchmark::State& state) {
  const std::string text = ExampleText();
  gazer::NormalizedText normalized;
  for (auto _ : state) gazer::Normalize(text, &normalized);
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Normalize);

void BM_Match(benchmark::State& state) {
  const std::string text = ExampleText();
  const gazer::Matcher matcher(GetDefaults().gazetteer, gazer::SplitIndexImage(GetDefaults().index_image).matcher);
  const gazer::NormalizedText normalized = gazer::Normalize(text);
  gazer::MatchSet matches;
  for (auto _ : state) matcher.FindAll(normalized, &matches);
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Match);

void BM_ExtractAndWrite(benchmark::State& state) {
  const std::string text = ExampleText();
  const gazer::Extractor extractor(GetDefaults().gazetteer, gazer::Window::kSentence, GetDefaults().index_image);
  const gazer::JsonWriter writer(gazer::OffsetUnit::kCodePoints, gazer::Window::kSentence);
  gazer::Extraction extraction;
  std::string out;
  for (auto _ : state) {
    out.clear();
    extractor.Extract(text, &extraction);
    writer.Write("bench", text, extraction, &out);
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_ExtractAndWrite);

void BM_LoadDefaultGazetteers(benchmark::State& state) {
  for (auto _ : state) {
    gazer::Gazetteer gazetteer;
    std::string_view index_image;
    (void)gazer::LoadDefaultGazetteers(&gazetteer, &index_image);
    const gazer::Extractor extractor(gazetteer, gazer::Window::kSentence, index_image);
    benchmark::DoNotOptimize(&extractor);
  }
}
BENCHMARK(BM_LoadDefaultGazetteers)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
