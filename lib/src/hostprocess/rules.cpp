// The rule table. Versions were checked against upstream history: KEP-1981 (HostProcess alpha
// 1.22, beta 1.23, GA 1.26), kubernetes/kubernetes#117696 (hostPort defaulting only for Pods,
// 1.28), apimachinery c58e197e (values of pointer and named types printed as JSON, 1.34),
// kubernetes/pod-security-admission policy/*.go (check versions).
#include <winnet/error.hpp>
#include <winnet/hostprocess/rules.hpp>

namespace winnet::hostprocess {

namespace {

constexpr const char* validation_go = "pkg/apis/core/validation/validation.go";

std::string in(const char* function) {
    return std::string(validation_go) + " " + function;
}

std::string psa(const char* file) {
    return std::string("pod-security-admission policy/") + file;
}

} // namespace

const std::vector<Rule>& rules() {
    static const std::vector<Rule> table = {
        // --- API server ---------------------------------------------------------------------
        {"hostProcess-agreement", Stage::ApiServer,
         "A container sets hostProcess to the opposite of the pod's value.",
         "Invalid value: {container value}: pod hostProcess value must be identical if both are "
         "specified, was {pod value}",
         "CONTAINER.securityContext.windowsOptions.hostProcess", "1.22",
         in("validateWindowsHostProcessPod")},
        {"hostProcess-all-containers", Stage::ApiServer,
         "Some, but not all, containers are HostProcess containers (init and ephemeral "
         "containers count; a container that leaves hostProcess unset inherits the pod's).",
         "Invalid value: \"\": If pod contains any hostProcess containers then all containers "
         "must be HostProcess containers",
         "SPEC", "1.22; ephemeral containers count since 1.23",
         in("validateWindowsHostProcessPod")},
        {"hostProcess-host-network", Stage::ApiServer,
         "The pod has HostProcess containers but does not set hostNetwork: true (it is never "
         "defaulted).",
         "Invalid value: false: hostNetwork must be true if pod contains any hostProcess "
         "containers",
         "SPEC.hostNetwork", "1.22", in("validateWindowsHostProcessPod")},
        {"hostProcess-allow-privileged", Stage::ApiServer,
         "The pod has HostProcess containers and kube-apiserver runs with "
         "--allow-privileged=false.",
         "Forbidden: hostProcess containers are disallowed by cluster policy", "SPEC", "1.22",
         in("validateWindowsHostProcessPod")},
        {"privileged-allow-privileged", Stage::ApiServer,
         "A container sets privileged: true and kube-apiserver runs with "
         "--allow-privileged=false.",
         "Forbidden: disallowed by cluster policy", "CONTAINER.securityContext.privileged", "1.0",
         in("ValidateSecurityContext")},
        {"runAsUserName-empty", Stage::ApiServer, "runAsUserName is the empty string.",
         "Invalid value: \"\": runAsUserName cannot be an empty string",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"runAsUserName-control", Stage::ApiServer,
         "runAsUserName contains an ASCII control character.",
         "Invalid value: {name}: runAsUserName cannot contain control characters",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"runAsUserName-backslashes", Stage::ApiServer,
         "runAsUserName has more than one backslash (DOMAIN\\user allows one).",
         "Invalid value: {name}: runAsUserName cannot contain more than one backslash",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"runAsUserName-domain-length", Stage::ApiServer,
         "The domain part of runAsUserName has 256 bytes or more.",
         "Invalid value: {name}: runAsUserName's Domain length must be under 256 characters",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"runAsUserName-domain-format", Stage::ApiServer,
         "The domain part is neither a NetBIOS name (1 to 15 characters, no \\ / : * ? \" < > | "
         "and no leading dot) nor a DNS name.",
         "Invalid value: {name}: runAsUserName's Domain doesn't match the NetBios nor the DNS "
         "format",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"runAsUserName-user-empty", Stage::ApiServer,
         "Nothing follows the backslash of runAsUserName.",
         "Invalid value: {name}: runAsUserName's User cannot be empty",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"runAsUserName-user-length", Stage::ApiServer,
         "The user part of runAsUserName is longer than 104 bytes.",
         "Invalid value: {name}: runAsUserName's User length must not be longer than 104 "
         "characters",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"runAsUserName-user-dots", Stage::ApiServer,
         "The user part of runAsUserName is only periods and spaces.",
         "Invalid value: {name}: runAsUserName's User cannot contain only periods or spaces",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"runAsUserName-user-characters", Stage::ApiServer,
         "The user part of runAsUserName contains a character Windows forbids in user names.",
         "Invalid value: {name}: runAsUserName's User cannot contain the following characters: "
         "\"/\\:;|=,+*?<>@[]",
         "SPEC.securityContext.windowsOptions.runAsUserName, "
         "CONTAINER.securityContext.windowsOptions.runAsUserName",
         "1.16; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"gmsaCredentialSpecName-format", Stage::ApiServer,
         "gmsaCredentialSpecName is not a DNS-1123 subdomain (one error for a name over 253 "
         "characters, one for the format).",
         "Invalid value: {name}: a lowercase RFC 1123 subdomain must consist of lower case "
         "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
         "character (e.g. 'example.com', regex used for validation is ...)",
         "SPEC.securityContext.windowsOptions.gmsaCredentialSpecName, "
         "CONTAINER.securityContext.windowsOptions.gmsaCredentialSpecName",
         "1.14; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"gmsaCredentialSpec-size", Stage::ApiServer,
         "gmsaCredentialSpec is empty or larger than 64 KiB.",
         "Invalid value: {spec}: gmsaCredentialSpec cannot be an empty string (or: "
         "gmsaCredentialSpec size must be under 64 KiB)",
         "SPEC.securityContext.windowsOptions.gmsaCredentialSpec, "
         "CONTAINER.securityContext.windowsOptions.gmsaCredentialSpec",
         "1.14; value printed as JSON since 1.34", in("validateWindowsSecurityContextOptions")},
        {"hostPort-host-network", Stage::ApiServer,
         "With hostNetwork, a container's hostPort differs from its containerPort (a Pod's unset "
         "hostPort is filled in; a template may leave it unset).",
         "Invalid value: {hostPort}: must match `containerPort` when `hostNetwork` is true",
         "SPEC.containers[i].ports[j].hostPort",
         "1.0; templates may leave hostPort unset since 1.28 (it is defaulted in the Pod)",
         in("validatePodHostNetworkDeps")},
        {"hostUsers-host-network", Stage::ApiServer,
         "hostUsers: false (a user namespace) together with hostNetwork, hostPID or hostIPC.",
         "Forbidden: when `pod.Spec.HostUsers` is false",
         "SPEC.hostNetwork (SPEC.HostPID, SPEC.HostIPC)", "1.25", in("validateHostUsers")},
        {"os-name-required", Stage::ApiServer, "spec.os is set without a name.",
         "Required value: cannot be empty", "SPEC.os.name", "1.23 (spec.os alpha; GA in 1.25)",
         in("validateOS")},
        {"os-name-supported", Stage::ApiServer, "spec.os.name is neither linux nor windows.",
         "Unsupported value: {name}: supported values: \"linux\", \"windows\"", "SPEC.os",
         "1.23; value printed as JSON since 1.34", in("validateOS")},
        {"os-linux-windows-options", Stage::ApiServer,
         "spec.os.name is linux and the pod or a container sets windowsOptions (hostProcess "
         "among them).",
         "Forbidden: windows options cannot be set for a linux pod",
         "SPEC.securityContext.windowsOptions, CONTAINER.securityContext.windowsOptions", "1.23",
         in("validateLinux")},
        {"os-windows-linux-fields", Stage::ApiServer,
         "spec.os.name is windows and a Linux-only field is set: privileged, capabilities, "
         "seLinuxOptions, seccompProfile, appArmorProfile, runAsUser, runAsGroup, procMount, "
         "readOnlyRootFilesystem, allowPrivilegeEscalation on containers; hostPID, hostIPC, "
         "hostUsers, shareProcessNamespace, fsGroup, sysctls, supplementalGroups and their "
         "policies on the pod.",
         "Forbidden: cannot be set for a windows pod",
         "SPEC.securityContext.{field}, SPEC.{hostPID...}, CONTAINER.securityContext.{field}",
         "1.23; the list grows with new Linux fields", in("validateWindows")},
        {"containers-required", Stage::ApiServer, "The pod has no containers.", "Required value",
         "SPEC.containers", "1.0", in("validateContainers")},
        {"ephemeralContainers-on-create", Stage::ApiServer,
         "A Pod is created with ephemeral containers (they are added later by kubectl debug, "
         "which re-validates the whole pod).",
         "Forbidden: cannot be set on create", "spec.ephemeralContainers", "1.16",
         in("ValidatePodCreate")},
        {"ephemeralContainers-in-template", Stage::ApiServer,
         "A pod template has ephemeral containers.",
         "Forbidden: ephemeral containers not allowed in pod template", "SPEC.ephemeralContainers",
         "1.16", in("ValidatePodTemplateSpec")},
        // --- Pod Security -------------------------------------------------------------------
        {"pod-security-forbidden", Stage::PodSecurity,
         "The namespace enforces baseline or restricted and the Pod fails checks; a workload "
         "is stored with a warning and the controller's pods are refused.",
         "pods {name} is forbidden: violates PodSecurity \"{level}:latest\": {reason} "
         "({detail}), ...",
         "", "1.22 (alpha), 1.23 (beta), 1.25 (GA)",
         "pod-security-admission admission/admission.go"},
        {"pss-windowsHostProcess", Stage::PodSecurity,
         "Baseline: the pod or a container sets hostProcess: true.",
         "hostProcess (pod and containers {names} must not set "
         "securityContext.windowsOptions.hostProcess=true)",
         "spec.securityContext.windowsOptions.hostProcess, "
         "spec.{containers,initContainers,ephemeralContainers}[*].securityContext.windowsOptions."
         "hostProcess",
         "policy 1.0", psa("check_windowsHostProcess.go")},
        {"pss-hostNamespaces", Stage::PodSecurity,
         "Baseline: hostNetwork, hostPID or hostIPC is true (every HostProcess pod sets "
         "hostNetwork).",
         "host namespaces (hostNetwork=true)", "spec.hostNetwork, spec.hostPID, spec.hostIPC",
         "policy 1.0", psa("check_hostNamespaces.go")},
        {"pss-hostPorts", Stage::PodSecurity,
         "Baseline: a container has a non-zero hostPort (a hostNetwork Pod's ports get one "
         "when it is created).",
         "hostPort (container {name} uses hostPort {port})",
         "spec.{containers,initContainers,ephemeralContainers}[*].ports[*].hostPort", "policy 1.0",
         psa("check_hostPorts.go")},
        {"pss-hostPathVolumes", Stage::PodSecurity, "Baseline: a volume is a hostPath.",
         "hostPath volumes (volume {name})", "spec.volumes[*].hostPath",
         "policy 1.0 (replaced by restrictedVolumes at restricted)",
         psa("check_hostPathVolumes.go")},
        {"pss-privileged", Stage::PodSecurity, "Baseline: a container sets privileged: true.",
         "privileged (container {name} must not set securityContext.privileged=true)",
         "spec.{containers,initContainers,ephemeralContainers}[*].securityContext.privileged",
         "policy 1.0", psa("check_privileged.go")},
        {"pss-baseline-linux", Stage::PodSecurity,
         "Baseline, Linux settings: added capabilities beyond the default set, AppArmor, "
         "SELinux, procMount, seccomp Unconfined, unsafe sysctls, probe and lifecycle hosts.",
         "non-default capabilities, forbidden AppArmor profile, seLinuxOptions, procMount, "
         "seccompProfile, forbidden sysctls, probe or lifecycle host (...)",
         "spec.securityContext, spec.{containers,...}[*].securityContext, probes",
         "policy 1.0; sysctls widened 1.27 to 1.37; probe hosts 1.34",
         psa("check_capabilities_baseline.go and others")},
        {"pss-restricted", Stage::PodSecurity,
         "Restricted adds: only configMap, csi, downwardAPI, emptyDir, ephemeral, image, "
         "persistentVolumeClaim, projected and secret volumes; runAsNonRoot: true; no "
         "runAsUser 0; and, for pods without spec.os.name: windows, "
         "allowPrivilegeEscalation: false, capabilities drop ALL, seccomp RuntimeDefault or "
         "Localhost.",
         "restricted volume types (volume {name} uses restricted volume type \"hostPath\"), "
         "runAsNonRoot != true (...), allowPrivilegeEscalation != false (...), ...",
         "spec.volumes, spec.securityContext, spec.{containers,...}[*].securityContext",
         "policy 1.0; Windows pods skip the Linux checks since 1.25",
         psa("check_restrictedVolumes.go, check_runAsNonRoot.go and others")},
        // --- kubelet ------------------------------------------------------------------------
        {"kubelet-mixed-containers", Stage::Kubelet,
         "The pod mixes HostProcess and other containers (only reachable if the API server "
         "did not check).",
         "pod must not contain both HostProcess and non-HostProcess containers", "", "1.22",
         "pkg/kubelet/kuberuntime/kuberuntime_sandbox.go generatePodSandboxWindowsConfig"},
        {"kubelet-host-network", Stage::Kubelet,
         "The pod has HostProcess containers without hostNetwork (only reachable if the API "
         "server did not check).",
         "hostNetwork is required if Pod contains HostProcess containers", "", "1.22",
         "pkg/kubelet/kuberuntime/kuberuntime_sandbox.go generatePodSandboxWindowsConfig"},
        {"kubelet-pod-false", Stage::Kubelet,
         "The pod sets hostProcess: false and its containers all set true (only reachable if "
         "the API server did not check).",
         "pod must not contain any HostProcess containers if Pod's WindowsOptions.HostProcess "
         "is set to false",
         "", "1.22",
         "pkg/kubelet/kuberuntime/kuberuntime_sandbox.go generatePodSandboxWindowsConfig"},
        // --- runtime ------------------------------------------------------------------------
        {"runtime-named-pipe", Stage::Runtime,
         "A HostProcess container mounts a hostPath that is a named pipe; use the pipe's path "
         "directly instead.",
         "named pipe mounts not supported for job containers - interact with the pipe directly", "",
         "hcsshim 0.9 (containerd 1.6) and later", "hcsshim internal/jobcontainers/mounts.go"},
        {"runtime-c-drive", Stage::Runtime, "A mountPath is the bare drive C:.",
         "destination path can not be C drive", "", "containerd CRI on Windows",
         "containerd internal/cri/opts/spec_windows_opts.go parseMount"},
    };
    return table;
}

const Rule& rule(const std::string& id) {
    for (const Rule& r : rules()) {
        if (r.id == id) {
            return r;
        }
    }
    throw Error("no HostProcess rule with id \"" + id + "\"");
}

} // namespace winnet::hostprocess
