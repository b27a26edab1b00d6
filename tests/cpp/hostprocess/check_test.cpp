// The whole path of a manifest: API server, Pod Security admission, kubelet and runtime, and the
// report kubectl and the node would give.
#include "catch.hpp"
#include "hostprocess/manifest_helpers.hpp"

#include <winnet/error.hpp>
#include <winnet/hostprocess/check.hpp>
#include <winnet/hostprocess/rules.hpp>

#include <algorithm>

using namespace winnet::hostprocess;
using hostprocess_test::daemon_set;
using hostprocess_test::pod;
using hostprocess_test::valid_spec;

namespace {
const std::string nano = R"("image":"mcr.microsoft.com/windows/nanoserver:ltsc2022")";
const ClusterPolicy baseline{true, PodSecurityLevel::Baseline};
} // namespace

TEST_CASE("A valid HostProcess DaemonSet is created and its pods run", "[hostprocess][check]") {
    const auto r = check(daemon_set(valid_spec(), "kube-proxy-windows"));
    CHECK(r.accepted());
    CHECK(r.ok());
    CHECK(r.report("kube-proxy.yaml") ==
          "kube-proxy.yaml: daemonset.apps/kube-proxy-windows created\n");
}

TEST_CASE("An invalid object is reported as kubectl reports it and nothing else is checked",
          "[hostprocess][check]") {
    const auto r = check(pod(R"("securityContext":{"windowsOptions":{"hostProcess":true}},)"
                             R"("containers":[{"name":"a",)" +
                             nano + "}]"),
                         baseline);
    CHECK_FALSE(r.accepted());
    CHECK(r.pod_security.empty());
    CHECK(r.report("pod.yaml") ==
          "pod.yaml: The Pod \"hpc\" is invalid: spec.hostNetwork: Invalid value: false: "
          "hostNetwork must be true if pod contains any hostProcess containers\n");
}

TEST_CASE("A HostProcess Pod in a baseline namespace is forbidden with admission's message",
          "[hostprocess][check]") {
    const auto r = check(pod(valid_spec(), "hpc-shell"), baseline);
    CHECK_FALSE(r.accepted());
    CHECK(r.report("hpc-shell.yaml") ==
          "hpc-shell.yaml: Error from server (Forbidden): error when creating \"hpc-shell.yaml\": "
          "pods \"hpc-shell\" is forbidden: violates PodSecurity \"baseline:latest\": host "
          "namespaces (hostNetwork=true), hostProcess (pod must not set "
          "securityContext.windowsOptions.hostProcess=true)\n");
}

TEST_CASE("A HostProcess DaemonSet in a baseline namespace is created with a warning and its "
          "pods are refused",
          "[hostprocess][check]") {
    const auto r = check(daemon_set(valid_spec(), "kube-proxy-windows"), baseline);
    CHECK(r.accepted());
    CHECK_FALSE(r.ok());
    CHECK(r.report("ds.yaml") ==
          "ds.yaml: Warning: would violate PodSecurity \"baseline:latest\": host namespaces "
          "(hostNetwork=true), hostProcess (pod must not set "
          "securityContext.windowsOptions.hostProcess=true)\n"
          "daemonset.apps/kube-proxy-windows created\n"
          "(its pods are refused: the namespace enforces PodSecurity \"baseline:latest\")\n");
}

TEST_CASE("The API server reports --allow-privileged=false before Pod Security is consulted",
          "[hostprocess][check]") {
    const auto r = check(pod(valid_spec()), ClusterPolicy{false, PodSecurityLevel::Baseline});
    REQUIRE(r.api_errors.size() == 1);
    CHECK(r.api_errors.front().rule == "hostProcess-allow-privileged");
    CHECK(r.pod_security.empty());
}

TEST_CASE("A named pipe hostPath is accepted by the API server and refused on the node",
          "[hostprocess][check][runtime]") {
    const auto w = daemon_set(
        R"("hostNetwork":true,"securityContext":{"windowsOptions":{"hostProcess":true,)"
        R"("runAsUserName":"NT AUTHORITY\\SYSTEM"}},)"
        R"("volumes":[{"name":"containerd","hostPath":{"path":"\\\\.\\pipe\\containerd-containerd"}}],)"
        R"("containers":[{"name":"a",)" +
            nano +
            R"(,"volumeMounts":[{"name":"containerd","mountPath":"\\\\.\\pipe\\containerd-containerd"}]}])",
        "crictl");
    const auto r = check(w);
    CHECK(r.accepted());
    CHECK_FALSE(r.ok());
    REQUIRE(r.node_errors.size() == 1);
    CHECK(r.node_errors.front().stage == Stage::Runtime);
    CHECK(r.report("x.yaml") ==
          "x.yaml: daemonset.apps/crictl created\n"
          "(on the node, runtime: named pipe mounts not supported for job containers - interact "
          "with the pipe directly)\n");
}

TEST_CASE("containerd refuses a mount at the bare C: drive", "[hostprocess][check][runtime]") {
    PodSpec spec;
    spec.host_network = true;
    spec.security_context = PodSecurityContext{};
    spec.security_context->windows_options = WindowsOptions{true, "NT AUTHORITY\\SYSTEM", {}, {}};
    Container c;
    c.name = "a";
    c.volume_mounts.push_back({"data", "C:", false, ""});
    spec.containers.push_back(c);
    spec.volumes.push_back({"data", "emptyDir", "", ""});
    const auto errors = runtime_errors(spec);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().message == "destination path can not be C drive");
    spec.containers[0].volume_mounts[0].mount_path = "D:";
    CHECK(runtime_errors(spec).empty());
}

TEST_CASE("The runtime checks only concern HostProcess containers",
          "[hostprocess][check][runtime]") {
    PodSpec spec;
    Container c;
    c.name = "a";
    c.volume_mounts.push_back({"p", "\\\\.\\pipe\\x", false, ""});
    spec.containers.push_back(c);
    spec.volumes.push_back({"p", "hostPath", "\\\\.\\pipe\\x", ""});
    CHECK(runtime_errors(spec).empty());
}

// The kubelet's checks, on specs the API server would have refused.

TEST_CASE("The kubelet refuses a sandbox mixing HostProcess and other containers",
          "[hostprocess][check][kubelet]") {
    PodSpec spec;
    spec.host_network = true;
    Container hp;
    hp.name = "a";
    hp.security_context = SecurityContext{};
    hp.security_context->windows_options = WindowsOptions{true, {}, {}, {}};
    Container plain;
    plain.name = "b";
    spec.containers = {hp, plain};
    const auto errors = kubelet_sandbox_errors(spec);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().message ==
          "pod must not contain both HostProcess and non-HostProcess containers");
    CHECK(errors.front().stage == Stage::Kubelet);
}

TEST_CASE("The kubelet refuses a HostProcess sandbox without hostNetwork",
          "[hostprocess][check][kubelet]") {
    PodSpec spec;
    spec.security_context = PodSecurityContext{};
    spec.security_context->windows_options = WindowsOptions{true, {}, {}, {}};
    spec.containers.resize(1);
    const auto errors = kubelet_sandbox_errors(spec);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().message ==
          "hostNetwork is required if Pod contains HostProcess containers");
}

TEST_CASE("The kubelet refuses HostProcess containers in a pod that sets hostProcess false",
          "[hostprocess][check][kubelet]") {
    PodSpec spec;
    spec.host_network = true;
    spec.security_context = PodSecurityContext{};
    spec.security_context->windows_options = WindowsOptions{false, {}, {}, {}};
    Container hp;
    hp.security_context = SecurityContext{};
    hp.security_context->windows_options = WindowsOptions{true, {}, {}, {}};
    spec.containers = {hp};
    const auto errors = kubelet_sandbox_errors(spec);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().rule == "kubelet-pod-false");
    CHECK(kubelet_sandbox_errors(PodSpec{}).empty());
}

TEST_CASE("Every rule id a check produces is in the rule table", "[hostprocess][rules]") {
    std::vector<std::string> ids;
    const auto collect = [&ids](const CheckResult& r) {
        for (const auto& e : r.api_errors) {
            ids.push_back(e.rule);
        }
        for (const auto& e : r.node_errors) {
            ids.push_back(e.rule);
        }
    };
    collect(check(
        pod(R"("os":{"name":"linux"},"securityContext":{"windowsOptions":{"hostProcess":true,)"
            R"("runAsUserName":"a\\b\\c"}},"containers":[{"name":"a",)" +
            nano +
            R"(,"securityContext":{"windowsOptions":{"hostProcess":false}}},)"
            R"({"name":"b",)" +
            nano + R"(,"securityContext":{"privileged":true}}])"),
        ClusterPolicy{false, PodSecurityLevel::Privileged}));
    collect(check(pod(R"("os":{"name":"windows"},"hostPID":true,"containers":[])")));
    collect(check(
        pod(R"("os":{"name":"x"},"hostUsers":false,"hostNetwork":true,"containers":[{"name":"a",)" +
            nano + R"(,"ports":[{"containerPort":1,"hostPort":2}]}])")));
    REQUIRE(ids.size() >= 8);
    for (const auto& id : ids) {
        CHECK(rule(id).id == id);
    }
}

TEST_CASE("The rule table has unique ids and every entry is filled in", "[hostprocess][rules]") {
    std::vector<std::string> seen;
    for (const Rule& r : rules()) {
        CHECK(std::find(seen.begin(), seen.end(), r.id) == seen.end());
        seen.push_back(r.id);
        CHECK_FALSE(r.summary.empty());
        CHECK_FALSE(r.message.empty());
        CHECK_FALSE(r.since.empty());
        CHECK_FALSE(r.upstream.empty());
    }
    CHECK_THROWS_AS(rule("no-such-rule"), winnet::Error);
    CHECK(stage_name(Stage::PodSecurity) == "Pod Security");
    CHECK(level_name(PodSecurityLevel::Restricted) == "restricted");
}

TEST_CASE("Pods that Pod Security refuses never reach a node, so no node error is reported",
          "[hostprocess][check]") {
    const auto w = daemon_set(
        R"("hostNetwork":true,"securityContext":{"windowsOptions":{"hostProcess":true}},)"
        R"("volumes":[{"name":"p","hostPath":{"path":"\\\\.\\pipe\\x"}}],)"
        R"("containers":[{"name":"a",)" +
        nano + R"(,"volumeMounts":[{"name":"p","mountPath":"C:\\p"}]}])");
    CHECK(check(w).node_errors.size() == 1);
    const auto refused = check(w, baseline);
    CHECK(refused.node_errors.empty());
    CHECK(refused.pod_security.size() == 3); // host namespaces, hostPath volumes, hostProcess
}
