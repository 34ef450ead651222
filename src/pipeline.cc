#include "gazer/pipeline.h"

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <algorithm>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <fmt/format.h>

namespace gazer {
namespace {

// A batch's output is some 4 times its input, and all batches in flight
// hold theirs at once: small batches touch less memory (fewer page faults)
// while still costing the threads little to hand over.
constexpr size_t kBatchBytes = 256 << 10;
constexpr size_t kBatchRecords = 512;
// A record's payload is kept for the next record in its place only up to
// this size: the spare items of a batch then hold at most 2 MB.
constexpr size_t kKeptPayloadBytes = 4 << 10;

struct Item {
  Record record;
  Status error;  // a problem the reader met instead of a record
};

struct Batch {
  // The first `item_count` are this batch's; the rest are kept, with their
  // strings' capacity, for the next fill, so a record costs no allocation.
  std::vector<Item> items;
  size_t item_count = 0;
  LineBuffer output;
  std::vector<std::string> errors;
  uint64_t articles = 0;
  bool stopped = false;  // strict mode met an error
  bool done = false;

  // Empties the batch for reuse, keeping its buffers: regrowing megabyte
  // buffers for every batch costs an mmap/munmap pair each time, and
  // munmap stalls every thread of the process.
  void Reset() {
    item_count = 0;
    output.clear();
    errors.clear();
    articles = 0;
    stopped = false;
    done = false;
  }
};

// Per-thread state, reused across batches.
struct Worker {
  Extraction extraction;
  Article article;
};

void Process(const Extractor& extractor, const JsonWriter& writer, const PipelineOptions& options, Worker* worker,
             Batch* batch) {
  for (size_t i = 0; i < batch->item_count; ++i) {
    Item& item = batch->items[i];
    Status status = item.error;
    if (status.ok()) status = ParseRecord(&item.record, options.reader, &worker->article);
    if (item.record.payload.capacity() > kKeptPayloadBytes) std::string().swap(item.record.payload);
    if (!status.ok()) {
      batch->errors.push_back(status.message());
      if (options.strict) {
        batch->stopped = true;
        break;
      }
      continue;
    }
    extractor.Extract(worker->article.text, &worker->extraction);
    writer.Write(worker->article.id, worker->article.text, worker->extraction, &batch->output);
    ++batch->articles;
  }
  batch->item_count = 0;
}

class Progress {
 public:
  Progress(bool enabled, std::FILE* err) : enabled_(enabled), err_(err), start_(Clock::now()), last_(start_) {}
  ~Progress() {
    if (shown_) std::fputs("\r\033[K", err_);
  }
  void Update(uint64_t articles, uint64_t bytes) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(bytes) / 1e6;
    std::fputs(fmt::format("\rgazer: {} articles, {:.1f} MB, {:.1f} MB/s\033[K", articles, mb, mb / seconds).c_str(),
               err_);
    shown_ = true;
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::FILE* err_;
  Clock::time_point start_, last_;
  bool shown_ = false;
};

}  // namespace

Status RunPipeline(Reader* reader, const Extractor& extractor, const JsonWriter& writer,
                   const PipelineOptions& options, std::FILE* out, std::FILE* err, PipelineStats* stats) {
  const int threads = options.threads < 1 ? 1 : options.threads;
  const size_t max_in_flight = static_cast<size_t>(threads) * 2 + 1;
  Progress progress(options.progress, err);
  Status write_status;
  bool stop = false;

  // Emits a finished batch; returns false once the run must stop.
  auto emit = [&](Batch& batch) {
    for (const std::string& message : batch.errors) {
      std::fprintf(err, "gazer: %s\n", message.c_str());
      ++stats->failures;
    }
    for (size_t i = 0; i < batch.output.chunks(); ++i) {
      const std::string_view chunk = batch.output.chunk(i);
      if (std::fwrite(chunk.data(), 1, chunk.size(), out) != chunk.size()) {
        write_status = Status::Error(fmt::format("cannot write output: {}", std::strerror(errno)));
        return false;
      }
    }
    stats->articles += batch.articles;
    progress.Update(stats->articles, reader->bytes_read());
    return !batch.stopped;
  };

  // Fills a batch from the reader; returns false at the end of input.
  bool input_done = false;
  auto fill = [&](Batch* batch) {
    size_t bytes = 0;
    while (!input_done && batch->item_count < kBatchRecords && bytes < kBatchBytes) {
      if (batch->item_count == batch->items.size()) batch->items.emplace_back();
      Item& item = batch->items[batch->item_count];
      item.error = Status::Ok();
      switch (reader->Next(&item.record, &item.error)) {
        case Reader::Outcome::kEnd:
          input_done = true;
          break;
        case Reader::Outcome::kError:
          ++batch->item_count;
          if (options.strict) input_done = true;
          break;
        case Reader::Outcome::kRecord:
          bytes += item.record.payload.size();
          ++batch->item_count;
          break;
      }
    }
    return batch->item_count > 0;
  };

  if (threads == 1) {
    Worker worker;
    Batch batch;
    while (!stop && fill(&batch)) {
      Process(extractor, writer, options, &worker, &batch);
      stop = !emit(batch);
      batch.Reset();
    }
  } else {
    std::mutex mutex;
    std::condition_variable work_ready, batch_done;
    std::deque<Batch*> todo;
    std::deque<std::unique_ptr<Batch>> in_flight;  // in input order
    std::vector<std::unique_ptr<Batch>> spare;      // emitted, for reuse
    bool closing = false;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&] {
        Worker worker;
        while (true) {
          Batch* batch;
          {
            std::unique_lock lock(mutex);
            work_ready.wait(lock, [&] { return closing || !todo.empty(); });
            if (todo.empty()) return;
            batch = todo.front();
            todo.pop_front();
          }
          Process(extractor, writer, options, &worker, batch);
          {
            std::lock_guard lock(mutex);
            batch->done = true;
          }
          batch_done.notify_all();
        }
      });
    }
    auto emit_front = [&](bool wait) {
      std::unique_ptr<Batch> front;
      {
        std::unique_lock lock(mutex);
        if (wait) batch_done.wait(lock, [&] { return in_flight.front()->done; });
        if (!in_flight.front()->done) return false;
        front = std::move(in_flight.front());
        in_flight.pop_front();
      }
      if (!stop) stop = !emit(*front);
      front->Reset();
      spare.push_back(std::move(front));
      return true;
    };
    while (!stop) {
      std::unique_ptr<Batch> batch;
      if (spare.empty()) {
        batch = std::make_unique<Batch>();
      } else {
        batch = std::move(spare.back());
        spare.pop_back();
      }
      if (!fill(batch.get())) break;
      {
        std::lock_guard lock(mutex);
        todo.push_back(batch.get());
        in_flight.push_back(std::move(batch));
      }
      work_ready.notify_one();
      while (!in_flight.empty() && (in_flight.size() >= max_in_flight ? emit_front(true) : emit_front(false))) {
      }
    }
    if (stop) {
      // Batches no worker has taken yet are dropped unprocessed.
      std::lock_guard lock(mutex);
      for (Batch* skipped : todo) skipped->done = true;
      todo.clear();
    }
    while (!in_flight.empty()) emit_front(true);
    {
      std::lock_guard lock(mutex);
      closing = true;
    }
    work_ready.notify_all();
    for (std::thread& t : pool) t.join();
  }

  stats->bytes = reader->bytes_read();
  if (write_status.ok() && std::fflush(out) != 0) {
    write_status = Status::Error(fmt::format("cannot write output: {}", std::strerror(errno)));
  }
  return write_status;
}

}  // namespace gazer
