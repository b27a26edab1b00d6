/// @file
/// Pod Security admission (`k8s.io/pod-security-admission`): the Pod Security Standards a
/// namespace enforces, evaluated at the latest policy version.
#pragma once

#include <winnet/hostprocess/workload.hpp>

#include <string>
#include <vector>

namespace winnet::hostprocess {

/// A Pod Security Standards level, as a namespace's `pod-security.kubernetes.io/enforce` label
/// names it.
enum class PodSecurityLevel {
    /// `privileged`: no restrictions. HostProcess pods need it.
    Privileged,
    /// `baseline`: forbids known privilege escalations, among them HostProcess containers, host
    /// namespaces (`hostNetwork`), host ports and hostPath volumes.
    Baseline,
    /// `restricted`: baseline plus hardening (non-root, restricted volume types, seccomp,
    /// dropped capabilities; the Linux-only checks are skipped for `spec.os.name: windows`).
    Restricted,
};

/// The level as the namespace label writes it: "privileged", "baseline", "restricted".
std::string level_name(PodSecurityLevel level);

/// One failed Pod Security check (`policy.CheckResult`).
struct PodSecurityViolation {
    /// The check's id (`windowsHostProcess`, `hostNamespaces`, `hostPorts`, ...).
    std::string check;
    /// The short reason, always printed: `hostProcess`, `host namespaces`, ...
    std::string reason;
    /// The specifics, printed in parentheses after the reason when not empty: `pod must not set
    /// securityContext.windowsOptions.hostProcess=true`, `hostNetwork=true`, ... (policy
    /// `ForbiddenDetail`).
    std::string details;

    /// Violations are equal when every field is.
    friend bool operator==(const PodSecurityViolation&, const PodSecurityViolation&) = default;
};

/// The checks of `level` (at policy version `latest`) that the pod of `workload` fails, in the
/// order admission reports them: baseline checks then restricted ones, each group sorted by
/// check id. Pods are defaulted first, as admission sees them (host ports filled in).
std::vector<PodSecurityViolation> evaluate_pod_security(const Workload& workload,
                                                        PodSecurityLevel level);

/// The violations joined as admission joins them: `host namespaces (hostNetwork=true),
/// hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)`.
std::string pod_security_detail(const std::vector<PodSecurityViolation>& violations);

} // namespace winnet::hostprocess
