// gazer-snapshot: compiles gazetteer files into the snapshot the build
// embeds in gazer. Usage: gazer-snapshot -o OUT FILE|DIR...
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "gazer/gazetteer.h"
#include "gazer/snapshot.h"

int main(int argc, char** argv) {
  std::string output;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
      output = argv[++i];
    } else {
      inputs.emplace_back(argv[i]);
    }
  }
  if (output.empty()) {
    std::fprintf(stderr, "usage: gazer-snapshot -o OUT FILE|DIR...\n");
    return 2;
  }
  gazer::Gazetteer gazetteer;
  for (const std::string& input : inputs) {
    if (gazer::Status s = gazetteer.Load(input); !s.ok()) {
      std::fprintf(stderr, "gazer-snapshot: %s\n", s.message().c_str());
      return 2;
    }
  }
  std::string image;
  gazer::WriteSnapshot(gazetteer, &image);
  std::FILE* out = std::fopen(output.c_str(), "wb");
  if (out == nullptr || std::fwrite(image.data(), 1, image.size(), out) != image.size() || std::fclose(out) != 0) {
    std::fprintf(stderr, "gazer-snapshot: %s: %s\n", output.c_str(), std::strerror(errno));
    return 1;
  }
  return 0;
}
