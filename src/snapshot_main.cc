// gazer-snapshot: compiles gazetteer files into the snapshot the build
// embeds in gazer. Usage: gazer-snapshot -o OUT [--given-names FILE] FILE...
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gazer/gazetteer.h"
#include "gazer/snapshot.h"
#include "given_names.h"

namespace {

bool ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return static_cast<bool>(in);
}

}  // namespace

int main(int argc, char** argv) {
  std::string output, given_names_path;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
      output = argv[++i];
    } else if (std::strcmp(argv[i], "--given-names") == 0 && i + 1 < argc) {
      given_names_path = argv[++i];
    } else {
      inputs.emplace_back(argv[i]);
    }
  }
  if (output.empty()) {
    std::fprintf(stderr, "usage: gazer-snapshot -o OUT [--given-names FILE] FILE...\n");
    return 2;
  }
  gazer::Gazetteer gazetteer;
  for (const std::string& input : inputs) {
    // Entries name their origin as "<default>/FILE": the build directory
    // means nothing to users of the binary.
    std::string contents;
    if (!ReadFile(input, &contents)) {
      std::fprintf(stderr, "gazer-snapshot: %s: cannot read\n", input.c_str());
      return 2;
    }
    const std::string origin = "<default>/" + std::filesystem::path(input).filename().string();
    if (gazer::Status s = gazetteer.LoadString(origin, contents); !s.ok()) {
      std::fprintf(stderr, "gazer-snapshot: %s (%s)\n", s.message().c_str(), input.c_str());
      return 2;
    }
  }
  std::vector<std::string> given_names;
  if (!given_names_path.empty()) {
    std::string contents;
    if (!ReadFile(given_names_path, &contents)) {
      std::fprintf(stderr, "gazer-snapshot: %s: cannot read\n", given_names_path.c_str());
      return 2;
    }
    if (gazer::Status s = gazer::GivenNames::Parse(given_names_path, contents, &given_names); !s.ok()) {
      std::fprintf(stderr, "gazer-snapshot: %s\n", s.message().c_str());
      return 2;
    }
  }
  std::string image;
  gazer::WriteSnapshot(gazetteer, given_names, &image);
  std::FILE* out = std::fopen(output.c_str(), "wb");
  if (out == nullptr || std::fwrite(image.data(), 1, image.size(), out) != image.size() || std::fclose(out) != 0) {
    std::fprintf(stderr, "gazer-snapshot: %s: %s\n", output.c_str(), std::strerror(errno));
    return 1;
  }
  return 0;
}
