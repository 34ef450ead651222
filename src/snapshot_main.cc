// gazer-snapshot: compiles gazetteer files into the snapshot the build
// embeds in gazer. Usage: gazer-snapshot -o OUT FILE...
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
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
    std::fprintf(stderr, "usage: gazer-snapshot -o OUT FILE...\n");
    return 2;
  }
  gazer::Gazetteer gazetteer;
  for (const std::string& input : inputs) {
    // Entries name their origin as "<default>/FILE": the build directory
    // means nothing to users of the binary.
    std::ifstream in(input, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    if (!in) {
      std::fprintf(stderr, "gazer-snapshot: %s: cannot read\n", input.c_str());
      return 2;
    }
    const std::string origin = "<default>/" + std::filesystem::path(input).filename().string();
    if (gazer::Status s = gazetteer.LoadString(origin, contents.str()); !s.ok()) {
      std::fprintf(stderr, "gazer-snapshot: %s (%s)\n", s.message().c_str(), input.c_str());
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
