// Manifests for the HostProcess tests, written as users write them (JSON here; the Python
// tests cover YAML), and helpers that read them through the public API.
#pragma once

#include <winnet/hostprocess/check.hpp>
#include <winnet/hostprocess/workload.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace hostprocess_test {

/// The only workload of `json`.
inline winnet::hostprocess::Workload one(const std::string& json) {
    auto m = winnet::hostprocess::read_manifests(json);
    if (m.workloads.size() != 1) {
        throw std::logic_error("expected one workload, found " +
                               std::to_string(m.workloads.size()));
    }
    return m.workloads.front();
}

/// A Pod named `name` with `spec` (a JSON object's members, without braces).
inline winnet::hostprocess::Workload pod(const std::string& spec, const std::string& name = "hpc") {
    return one(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":")" + name +
               R"(","namespace":"default"},"spec":{)" + spec + "}}");
}

/// A DaemonSet whose pod template has `spec`.
inline winnet::hostprocess::Workload daemon_set(const std::string& spec,
                                                const std::string& name = "agent") {
    return one(R"({"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":")" + name +
               R"(","namespace":"kube-system"},"spec":{"selector":{"matchLabels":{"app":"a"}},)"
               R"("template":{"metadata":{"labels":{"app":"a"}},"spec":{)" +
               spec + "}}}}");
}

/// The members of a valid HostProcess pod spec: pod-level hostProcess, hostNetwork, one
/// container running as SYSTEM.
inline std::string valid_spec() {
    return R"("hostNetwork":true,
              "securityContext":{"windowsOptions":{"hostProcess":true,
                                                    "runAsUserName":"NT AUTHORITY\\SYSTEM"}},
              "nodeSelector":{"kubernetes.io/os":"windows"},
              "containers":[{"name":"agent","image":"mcr.microsoft.com/windows/nanoserver:ltsc2022"}])";
}

/// The `to_string()` of every API error, in order.
inline std::vector<std::string> api_errors(const winnet::hostprocess::Workload& w,
                                           bool allow_privileged = true) {
    std::vector<std::string> out;
    for (const auto& e : winnet::hostprocess::validate(w, allow_privileged)) {
        out.push_back(e.to_string());
    }
    return out;
}

/// The rule ids of the API errors, in order.
inline std::vector<std::string> api_rules(const winnet::hostprocess::Workload& w,
                                          bool allow_privileged = true) {
    std::vector<std::string> out;
    for (const auto& e : winnet::hostprocess::validate(w, allow_privileged)) {
        out.push_back(e.rule);
    }
    return out;
}

} // namespace hostprocess_test
