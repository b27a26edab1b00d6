// A namespace that enforces the baseline Pod Security level meets the kube-proxy DaemonSet and a
// HostProcess Pod: the DaemonSet is stored with a warning (its pods are then refused), the Pod is
// refused outright. The output of
// `winnet hostprocess check --pod-security baseline manifests/kube-proxy.yaml
// manifests/hostprocess-pod.yaml`.
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
    ClusterPolicy policy;
    policy.pod_security =
        PodSecurityLevel::Baseline; // pod-security.kubernetes.io/enforce: baseline
    for (const char* name : {"kube-proxy.yaml", "hostprocess-pod.yaml"}) {
        // This twin reads the JSON form of each manifest.
        const auto json = (manifests_dir / name).replace_extension(".json");
        for (const Workload& workload : read_manifests(read_file(json)).workloads) {
            std::cout << check(workload, policy).report(std::string("manifests/") + name);
        }
    }
    // --8<-- [end:check]
}
