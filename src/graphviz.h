// Rendering DOT with Graphviz's `dot` program, run directly (no shell) with
// the DOT on its standard input.
#ifndef GAZER_SRC_GRAPHVIZ_H_
#define GAZER_SRC_GRAPHVIZ_H_

#include <string>
#include <string_view>

#include "gazer/status.h"

namespace gazer {

// True if `dot` is an executable file in a $PATH directory.
bool GraphvizAvailable();

// Runs `dot -T<format> -o <path>` on `dot_source`. `*missing` is set if the
// program could not be found. dot's own messages go to our standard error.
Status RenderDot(std::string_view dot_source, std::string_view format, const std::string& path, bool* missing);

}  // namespace gazer

#endif  // GAZER_SRC_GRAPHVIZ_H_
