// A manifest's way into the cluster: API server validation, Pod Security admission, the
// kubelet's sandbox checks and the runtime's mount checks, reported as kubectl and the node
// components word them.
#include "hostprocess/go_text.hpp"

#include <winnet/hostprocess/check.hpp>

namespace winnet::hostprocess {

namespace {

// The effective hostProcess of a container: its own value, else the pod's
// (securitycontext.DetermineEffectiveSecurityContext merges windowsOptions field by field).
bool effective_host_process(const PodSpec& spec, const Container& c) {
    if (c.security_context && c.security_context->windows_options &&
        c.security_context->windows_options->host_process) {
        return *c.security_context->windows_options->host_process;
    }
    const auto& psc = spec.security_context;
    return psc && psc->windows_options && psc->windows_options->host_process &&
           *psc->windows_options->host_process;
}

template <class F> void each_container(const PodSpec& spec, F&& f) {
    for (const auto* list : {&spec.init_containers, &spec.containers, &spec.ephemeral_containers}) {
        for (const Container& c : *list) {
            f(c);
        }
    }
}

bool has_host_process(const PodSpec& spec) {
    bool any = false;
    each_container(spec, [&](const Container& c) { any = any || effective_host_process(spec, c); });
    return any;
}

std::string level_version(PodSecurityLevel level) {
    return level_name(level) + ":latest";
}

} // namespace

std::string stage_name(Stage stage) {
    switch (stage) {
    case Stage::ApiServer:
        return "API server";
    case Stage::PodSecurity:
        return "Pod Security";
    case Stage::Kubelet:
        return "kubelet";
    case Stage::Runtime:
        return "runtime";
    }
    return "API server";
}

// pkg/kubelet/kuberuntime/kuberuntime_sandbox.go generatePodSandboxWindowsConfig, with
// kubecontainer.HasWindowsHostProcessContainer and AllContainersAreWindowsHostProcess (which
// visit init, regular and ephemeral containers).
std::vector<NodeError> kubelet_sandbox_errors(const PodSpec& spec) {
    std::vector<NodeError> out;
    if (!has_host_process(spec)) {
        return out;
    }
    bool all = true;
    each_container(spec, [&](const Container& c) { all = all && effective_host_process(spec, c); });
    if (!all) {
        out.push_back({Stage::Kubelet, "kubelet-mixed-containers",
                       "pod must not contain both HostProcess and non-HostProcess containers"});
        return out;
    }
    if (!spec.host_network) {
        out.push_back({Stage::Kubelet, "kubelet-host-network",
                       "hostNetwork is required if Pod contains HostProcess containers"});
        return out;
    }
    const auto& psc = spec.security_context;
    if (psc && psc->windows_options && psc->windows_options->host_process &&
        !*psc->windows_options->host_process) {
        out.push_back({Stage::Kubelet, "kubelet-pod-false",
                       "pod must not contain any HostProcess containers if Pod's "
                       "WindowsOptions.HostProcess is set to false"});
    }
    return out;
}

// containerd's parseMount (internal/cri/opts/spec_windows_opts.go) and hcsshim's job container
// mount setup (internal/jobcontainers/mounts.go), for the mounts of HostProcess containers.
std::vector<NodeError> runtime_errors(const PodSpec& spec) {
    std::vector<NodeError> out;
    if (!has_host_process(spec)) {
        return out;
    }
    each_container(spec, [&](const Container& c) {
        for (const VolumeMount& m : c.volume_mounts) {
            const std::string& dst = m.mount_path;
            if (dst.size() == 2 && dst[1] == ':' && (dst[0] == 'c' || dst[0] == 'C')) {
                out.push_back(
                    {Stage::Runtime, "runtime-c-drive", "destination path can not be C drive"});
            }
            for (const Volume& v : spec.volumes) {
                if (v.name == m.name && v.source == "hostPath" &&
                    v.host_path.rfind("\\\\.\\pipe\\", 0) == 0) {
                    out.push_back({Stage::Runtime, "runtime-named-pipe",
                                   "named pipe mounts not supported for job containers - interact "
                                   "with the pipe directly"});
                }
            }
        }
    });
    return out;
}

CheckResult check(const Workload& workload, const ClusterPolicy& policy) {
    CheckResult r;
    r.workload = workload;
    r.policy = policy;
    r.api_errors = validate(workload, policy.allow_privileged);
    if (!r.api_errors.empty()) {
        return r;
    }
    r.pod_security = evaluate_pod_security(workload, policy.pod_security);
    if (!r.pod_security.empty()) {
        return r; // a refused Pod, or a workload whose pods are refused: none reaches a node
    }
    const PodSpec spec = defaulted(workload);
    r.node_errors = kubelet_sandbox_errors(spec);
    for (NodeError& e : runtime_errors(spec)) {
        r.node_errors.push_back(std::move(e));
    }
    return r;
}

bool CheckResult::accepted() const {
    return api_errors.empty() && (pod_security.empty() || workload.kind != WorkloadKind::Pod);
}

bool CheckResult::ok() const {
    return api_errors.empty() && pod_security.empty() && node_errors.empty();
}

std::string CheckResult::report(std::string_view source) const {
    std::string out = std::string(source) + ": ";
    if (!api_errors.empty()) {
        return out + invalid_message(workload, api_errors);
    }
    const std::string level = level_version(policy.pod_security);
    if (!pod_security.empty() && workload.kind == WorkloadKind::Pod) {
        // kubectl: "Error from server (Forbidden): error when creating ...", the status message
        // of apierrors.NewForbidden(pods, name, err) with AddSourceToErr's prefix.
        return out + "Error from server (Forbidden): error when creating " +
               detail::go_quote(source) + ": pods " + detail::go_quote(workload.name) +
               " is forbidden: violates PodSecurity " + detail::go_quote(level) + ": " +
               pod_security_detail(pod_security) + "\n";
    }
    const std::string object = workload.resource() + "/" + workload.name;
    if (!pod_security.empty()) {
        out += "Warning: would violate PodSecurity " + detail::go_quote(level) + ": " +
               pod_security_detail(pod_security) + "\n" + object + " created\n";
        out += "(its pods are refused: the namespace enforces PodSecurity " +
               detail::go_quote(level) + ")\n";
    } else {
        out += object + " created\n";
    }
    for (const NodeError& e : node_errors) {
        out += "(on the node, " + stage_name(e.stage) + ": " + e.message + ")\n";
    }
    return out;
}

} // namespace winnet::hostprocess
