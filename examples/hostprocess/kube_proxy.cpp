// The Windows kube-proxy HostProcess DaemonSet, checked as a kubeadm cluster would check it,
// and what its container gets on the node: the output of
// `winnet hostprocess check --explain manifests/kube-proxy.yaml`. This twin reads the JSON form
// of that manifest (manifests/kube-proxy.json).
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

    // --8<-- [start:check]
    const Manifests manifests = read_manifests(read_file(manifests_dir / "kube-proxy.json"));
    for (const Workload& workload : manifests.workloads) {
        // The default policy is kubeadm's: --allow-privileged=true, Pod Security "privileged".
        const CheckResult result = check(workload);
        std::cout << result.report("manifests/kube-proxy.yaml");
        if (result.accepted()) {
            std::cout << explain(workload).to_text();
        }
    }
    // --8<-- [end:check]
}
