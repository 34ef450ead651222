// Little helpers for the snapshot's binary images: fixed-width integers
// appended to a string and read back with bounds checks.
#ifndef GAZER_SRC_BINARY_IO_H_
#define GAZER_SRC_BINARY_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace gazer {

inline void PutU32(uint32_t v, std::string* out) { out->append(reinterpret_cast<const char*>(&v), sizeof v); }

class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}
  bool ok() const { return ok_; }
  size_t position() const { return pos_; }
  uint32_t U32() {
    uint32_t v = 0;
    if (pos_ + sizeof v > data_.size()) {
      ok_ = false;
      return 0;
    }
    std::memcpy(&v, data_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  std::string_view Bytes(size_t n) {
    if (pos_ + n > data_.size()) {
      ok_ = false;
      return {};
    }
    std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  // Copies `count` fixed-size records into `out` (a vector of PODs).
  template <typename T>
  void Records(uint32_t count, std::vector<T>* out) {
    const std::string_view bytes = Bytes(static_cast<size_t>(count) * sizeof(T));
    if (!ok_) return;
    out->resize(count);
    if (count > 0) std::memcpy(out->data(), bytes.data(), bytes.size());
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace gazer

#endif  // GAZER_SRC_BINARY_IO_H_
