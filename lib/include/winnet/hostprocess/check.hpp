/// @file
/// The whole path of a manifest into a cluster: API server validation, Pod Security admission,
/// then the Windows node (kubelet, containerd and hcsshim), reported as kubectl and the node
/// report it.
#pragma once

#include <winnet/hostprocess/pod_security.hpp>
#include <winnet/hostprocess/validation.hpp>
#include <winnet/hostprocess/workload.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace winnet::hostprocess {

/// Where a rule is enforced.
enum class Stage {
    /// kube-apiserver's validation of the object: the request fails with `Invalid`.
    ApiServer,
    /// Pod Security admission: a Pod is refused with `Forbidden`; a workload is accepted with a
    /// warning and its pods are refused when the controller creates them.
    PodSecurity,
    /// The kubelet on the Windows node, when it builds the pod sandbox.
    Kubelet,
    /// containerd and hcsshim on the node, when they start the container.
    Runtime,
};

/// "API server", "Pod Security", "kubelet", "runtime".
std::string stage_name(Stage stage);

/// The cluster settings the outcome depends on. The defaults are a kubeadm cluster: an API
/// server with `--allow-privileged=true` and namespaces at the `privileged` Pod Security level.
struct ClusterPolicy {
    /// kube-apiserver's `--allow-privileged`: false refuses HostProcess and privileged
    /// containers.
    bool allow_privileged = true;
    /// The Pod Security level the namespace enforces (its `pod-security.kubernetes.io/enforce`
    /// label; warnings default to the same level).
    PodSecurityLevel pod_security = PodSecurityLevel::Privileged;
};

/// An error on the Windows node: the kubelet refusing to build the sandbox, or containerd and
/// hcsshim failing to start a container.
struct NodeError {
    /// Kubelet or Runtime.
    Stage stage = Stage::Runtime;
    /// The id of the rule in `rules()`.
    std::string rule;
    /// The error text as the component writes it.
    std::string message;

    /// Errors are equal when every field is.
    friend bool operator==(const NodeError&, const NodeError&) = default;
};

/// The outcome of applying a workload to a cluster.
struct CheckResult {
    /// The object checked.
    Workload workload;
    /// The policy it was checked under.
    ClusterPolicy policy;
    /// The API server's validation errors; when there are any, nothing else is evaluated.
    std::vector<FieldError> api_errors;
    /// The failed Pod Security checks of `policy.pod_security`.
    std::vector<PodSecurityViolation> pod_security;
    /// Errors the node would report when it runs the pod; only evaluated for pods that reach a
    /// node (no API error, no Pod Security violation).
    std::vector<NodeError> node_errors;

    /// Whether the API server stores the object: it is valid, and it is not a Pod refused by
    /// Pod Security.
    [[nodiscard]] bool accepted() const;
    /// Whether its pods run: accepted, no Pod Security violation (a workload's pods would be
    /// refused), and no node error.
    [[nodiscard]] bool ok() const;
    /// The report: what `kubectl apply -f SOURCE` prints (its error, or its warning and
    /// `created` line), then what the node reports, each line as the component writes it. The
    /// first line starts with `source: `. Ends with a newline.
    [[nodiscard]] std::string report(std::string_view source) const;
};

/// Applies `workload` to a cluster with `policy`: API server validation, then Pod Security,
/// then the node's checks (the kubelet's sandbox checks and the runtime's mount checks).
CheckResult check(const Workload& workload, const ClusterPolicy& policy = {});

/// The kubelet's own HostProcess checks when it builds a Windows pod sandbox
/// (`generatePodSandboxWindowsConfig`). The API server enforces the same rules first, so on a
/// conformant cluster they only fire when the API server is older than the kubelet or skipped.
std::vector<NodeError> kubelet_sandbox_errors(const PodSpec& spec);

/// What containerd and hcsshim refuse when they start the HostProcess containers of `spec`:
/// named-pipe host paths and a mount at a bare `C:` drive.
std::vector<NodeError> runtime_errors(const PodSpec& spec);

} // namespace winnet::hostprocess
