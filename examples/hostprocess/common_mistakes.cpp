// The mistakes people make with HostProcess pods, each in its own manifest, and what kubectl (or
// the node) answers: the output of `winnet hostprocess check manifests/mistake-*.yaml`. This twin
// reads the JSON form of each manifest.
#include <winnet/hostprocess/check.hpp>
#include <winnet/hostprocess/workload.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {
std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
} // namespace

int main() {
    using namespace winnet::hostprocess;
    const auto manifests_dir = std::filesystem::path(__FILE__).parent_path() / "manifests";

    // --8<-- [start:check]
    // In the order the shell expands manifests/mistake-*.yaml.
    for (const char* name :
         {"mistake-double-backslash", "mistake-host-port", "mistake-init-container",
          "mistake-linux-os", "mistake-named-pipe", "mistake-no-host-network", "mistake-privileged",
          "mistake-sidecar", "mistake-slash-user"}) {
        const std::string source = std::string("manifests/") + name + ".yaml";
        const Manifests manifests =
            read_manifests(read_file(manifests_dir / (std::string(name) + ".json")));
        for (const Workload& workload : manifests.workloads) {
            std::cout << check(workload).report(source);
        }
    }
    // --8<-- [end:check]
}
