// Calico's Windows node agent as a HostProcess DaemonSet: an init container writing the CNI
// plugin to the node through hostPath volumes, and two agents, one with CPU and memory limits.
// The output of `winnet hostprocess check --explain manifests/calico-node.yaml`; this twin reads
// the JSON form (manifests/calico-node.json, a List holding the ConfigMap and the DaemonSet).
#include <winnet/hostprocess/check.hpp>
#include <winnet/hostprocess/runtime.hpp>
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

    // --8<-- [start:explain]
    // The ConfigMap in the same file is skipped: only Pods and workloads are checked.
    const Manifests manifests = read_manifests(read_file(manifests_dir / "calico-node.json"));
    for (const Workload& workload : manifests.workloads) {
        const CheckResult result = check(workload);
        std::cout << result.report("manifests/calico-node.yaml");
        if (result.accepted()) {
            RuntimeOptions options;
            options.node_cpus = 4; // turns the 500m CPU limit into a job CPU rate
            std::cout << explain(workload, options).to_text();
        }
    }
    // --8<-- [end:explain]
}
