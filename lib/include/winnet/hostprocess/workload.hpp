/// @file
/// Pods and workload objects as users write them, reduced to the fields that decide whether a
/// Windows HostProcess pod is accepted by the API server, admitted by Pod Security, and how it
/// runs on the node. Field names follow the Kubernetes API (`k8s.io/api/core/v1`) in snake_case.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnet::hostprocess {

/// The kinds of object whose pod (or pod template) the checker judges. Other kinds in the same
/// manifest (ConfigMap, ServiceAccount, RBAC) are skipped.
enum class WorkloadKind {
    /// A `v1` Pod: its `spec` is the pod spec.
    Pod,
    /// An `apps/v1` Deployment: pod template at `spec.template`.
    Deployment,
    /// An `apps/v1` DaemonSet, the usual way to run kube-proxy and CNI agents on every Windows
    /// node: pod template at `spec.template`.
    DaemonSet,
    /// An `apps/v1` StatefulSet: pod template at `spec.template`.
    StatefulSet,
    /// An `apps/v1` ReplicaSet: pod template at `spec.template`.
    ReplicaSet,
    /// A `batch/v1` Job: pod template at `spec.template`.
    Job,
    /// A `batch/v1` CronJob: pod template at `spec.jobTemplate.spec.template`.
    CronJob,
};

/// The kind as written in `kind` ("DaemonSet").
std::string kind_name(WorkloadKind kind);

/// `securityContext.windowsOptions` of a pod or a container (Kubernetes
/// `WindowsSecurityContextOptions`). A container's options override the pod's field by field.
struct WindowsOptions {
    /// `hostProcess`: run the container as a process on the node (a HostProcess container)
    /// rather than in a Windows Server container. Unset means "inherit": a container that leaves
    /// it unset follows the pod's value.
    std::optional<bool> host_process;
    /// `runAsUserName`: the Windows account the container's processes run as, `DOMAIN\user` or
    /// `user`. For HostProcess containers one of `NT AUTHORITY\SYSTEM`,
    /// `NT AUTHORITY\LocalService`, `NT AUTHORITY\NetworkService`, or the name of a local group.
    std::optional<std::string> run_as_user_name;
    /// `gmsaCredentialSpecName`: name of the GMSACredentialSpec resource to use (group Managed
    /// Service Accounts); must be a DNS-1123 subdomain.
    std::optional<std::string> gmsa_credential_spec_name;
    /// `gmsaCredentialSpec`: the inlined credential spec (JSON text); non-empty, at most 64 KiB.
    std::optional<std::string> gmsa_credential_spec;

    /// Options are equal when every field is.
    friend bool operator==(const WindowsOptions&, const WindowsOptions&) = default;
};

/// `securityContext.capabilities` of a container: Linux capabilities to add and drop.
struct Capabilities {
    /// `add`: capabilities added to the runtime's default set, as written ("NET_ADMIN").
    std::vector<std::string> add;
    /// `drop`: capabilities removed; the restricted Pod Security level requires "ALL".
    std::vector<std::string> drop;

    /// Capability sets are equal when both lists are.
    friend bool operator==(const Capabilities&, const Capabilities&) = default;
};

/// `seLinuxOptions` of a pod or container: the SELinux label (Linux only).
struct SeLinuxOptions {
    /// `user`: SELinux user label; Pod Security baseline forbids setting it.
    std::string user;
    /// `role`: SELinux role label; Pod Security baseline forbids setting it.
    std::string role;
    /// `type`: SELinux type label; baseline allows only the container types.
    std::string type;
    /// `level`: SELinux level label.
    std::string level;

    /// Labels are equal when every part is.
    friend bool operator==(const SeLinuxOptions&, const SeLinuxOptions&) = default;
};

/// A container's `securityContext` (Kubernetes `SecurityContext`), with the fields the API
/// server, Pod Security admission and the Windows node look at.
struct SecurityContext {
    /// `windowsOptions`: the Windows-specific settings, among them `hostProcess`.
    std::optional<WindowsOptions> windows_options;
    /// `privileged`: a privileged Linux container. Forbidden in Windows pods (`spec.os.name:
    /// windows`) and by an API server started with `--allow-privileged=false`.
    std::optional<bool> privileged;
    /// `allowPrivilegeEscalation` (Linux only).
    std::optional<bool> allow_privilege_escalation;
    /// `runAsNonRoot`: refuse to start as root (on Windows: as ContainerAdministrator).
    std::optional<bool> run_as_non_root;
    /// `runAsUser`: Linux user id (Linux only).
    std::optional<std::int64_t> run_as_user;
    /// `runAsGroup`: Linux group id (Linux only).
    std::optional<std::int64_t> run_as_group;
    /// `readOnlyRootFilesystem` (Linux only).
    std::optional<bool> read_only_root_filesystem;
    /// `procMount`: "Default" or "Unmasked" (Linux only).
    std::optional<std::string> proc_mount;
    /// `capabilities` (Linux only).
    std::optional<Capabilities> capabilities;
    /// `seLinuxOptions` (Linux only).
    std::optional<SeLinuxOptions> se_linux_options;
    /// `seccompProfile.type` when `seccompProfile` is set ("RuntimeDefault", "Localhost",
    /// "Unconfined"; empty when the object has no type). Linux only.
    std::optional<std::string> seccomp_profile_type;
    /// `appArmorProfile.type` when `appArmorProfile` is set. Linux only.
    std::optional<std::string> app_armor_profile_type;

    /// Contexts are equal when every field is.
    friend bool operator==(const SecurityContext&, const SecurityContext&) = default;
};

/// The pod's `securityContext` (Kubernetes `PodSecurityContext`): defaults for every container,
/// plus pod-wide Linux settings.
struct PodSecurityContext {
    /// `windowsOptions`: the pod-wide Windows settings; containers inherit each field they do
    /// not set themselves.
    std::optional<WindowsOptions> windows_options;
    /// `runAsNonRoot`: default for the containers.
    std::optional<bool> run_as_non_root;
    /// `runAsUser`: Linux user id (Linux only).
    std::optional<std::int64_t> run_as_user;
    /// `runAsGroup`: Linux group id (Linux only).
    std::optional<std::int64_t> run_as_group;
    /// `fsGroup` (Linux only).
    std::optional<std::int64_t> fs_group;
    /// `fsGroupChangePolicy` (Linux only).
    std::optional<std::string> fs_group_change_policy;
    /// `supplementalGroups` when present, even empty (Linux only).
    std::optional<std::vector<std::int64_t>> supplemental_groups;
    /// `supplementalGroupsPolicy` (Linux only).
    std::optional<std::string> supplemental_groups_policy;
    /// Names in `sysctls` (Linux only).
    std::vector<std::string> sysctls;
    /// `seLinuxOptions` (Linux only).
    std::optional<SeLinuxOptions> se_linux_options;
    /// `seLinuxChangePolicy` (Linux only).
    std::optional<std::string> se_linux_change_policy;
    /// `seccompProfile.type` when `seccompProfile` is set (Linux only).
    std::optional<std::string> seccomp_profile_type;
    /// `appArmorProfile.type` when `appArmorProfile` is set (Linux only).
    std::optional<std::string> app_armor_profile_type;

    /// Contexts are equal when every field is.
    friend bool operator==(const PodSecurityContext&, const PodSecurityContext&) = default;
};

/// One entry of a container's `ports`.
struct ContainerPort {
    /// `name`: optional port name.
    std::string name;
    /// `containerPort`: the port the process listens on. With `hostNetwork` it is a port of the
    /// node itself.
    std::int32_t container_port = 0;
    /// `hostPort`: the node port; 0 when unset. With `hostNetwork` it must equal
    /// `container_port`; the API server fills it in for Pods (not for templates since 1.28).
    std::int32_t host_port = 0;
    /// `protocol`: "TCP" (the default when empty), "UDP" or "SCTP".
    std::string protocol;

    /// Ports are equal when every field is.
    friend bool operator==(const ContainerPort&, const ContainerPort&) = default;
};

/// One entry of a container's `volumeMounts`.
struct VolumeMount {
    /// `name`: the pod volume to mount.
    std::string name;
    /// `mountPath`: where the container sees it. For a HostProcess container this is a path on
    /// the node: `/var/lib/kube-proxy` becomes `C:\var\lib\kube-proxy`.
    std::string mount_path;
    /// `readOnly`: mount read-only (honoured by bind mounts, not by the symlinks of containerd
    /// 1.6).
    bool read_only = false;
    /// `subPath`: mount a sub-path of the volume.
    std::string sub_path;

    /// Mounts are equal when every field is.
    friend bool operator==(const VolumeMount&, const VolumeMount&) = default;
};

/// A container of the pod: an init container, a regular container or an ephemeral container.
struct Container {
    /// `name`: unique within the pod.
    std::string name;
    /// `image`: any Windows image; HostProcess containers have no OS-version match requirement.
    std::string image;
    /// `workingDir`: the process's working directory. `$env:CONTAINER_SANDBOX_MOUNT_POINT` and
    /// `%CONTAINER_SANDBOX_MOUNT_POINT%` in it are replaced by the container's root directory.
    std::string working_dir;
    /// `command`: overrides the image's entrypoint.
    std::vector<std::string> command;
    /// `args`: overrides the image's command.
    std::vector<std::string> args;
    /// `ports`: the ports it listens on.
    std::vector<ContainerPort> ports;
    /// `volumeMounts`: the volumes it mounts.
    std::vector<VolumeMount> volume_mounts;
    /// `securityContext`: per-container settings overriding the pod's.
    std::optional<SecurityContext> security_context;
    /// `resources.limits.cpu` as written ("500m", "1"); a HostProcess container's limit caps
    /// the CPU rate of its job object.
    std::optional<std::string> cpu_limit;
    /// `resources.limits.memory` as written ("256Mi"); the memory limit of its job object.
    std::optional<std::string> memory_limit;
    /// The non-empty `host` fields of its probes and lifecycle handlers (liveness, readiness,
    /// startup, postStart, preStop; `httpGet` then `tcpSocket`), which Pod Security baseline
    /// forbids since 1.34.
    std::vector<std::string> probe_hosts;

    /// Containers are equal when every field is.
    friend bool operator==(const Container&, const Container&) = default;
};

/// One entry of the pod's `volumes`.
struct Volume {
    /// `name`: what `volumeMounts` refer to.
    std::string name;
    /// The volume source's field name ("hostPath", "configMap", "secret", "emptyDir",
    /// "projected", ...); "unknown" when none is set.
    std::string source;
    /// `hostPath.path` for a hostPath volume: a directory or file of the node, or a named pipe
    /// path (two backslashes, a dot, `pipe`), which HostProcess containers cannot mount.
    std::string host_path;
    /// The object the volume refers to: the ConfigMap, Secret or claim name; empty otherwise.
    std::string reference;

    /// Volumes are equal when every field is.
    friend bool operator==(const Volume&, const Volume&) = default;
};

/// The pod spec (Kubernetes `PodSpec`), of a Pod or of a workload's pod template.
struct PodSpec {
    /// `hostNetwork`: use the node's network namespace. Required (and not defaulted) for pods
    /// with HostProcess containers.
    bool host_network = false;
    /// `hostPID` (Linux only; forbidden in Windows pods).
    bool host_pid = false;
    /// `hostIPC` (Linux only; forbidden in Windows pods).
    bool host_ipc = false;
    /// `hostUsers`: false puts the pod in a user namespace (Linux only).
    std::optional<bool> host_users;
    /// `shareProcessNamespace` (Linux only).
    std::optional<bool> share_process_namespace;
    /// `os.name` when `os` is set ("windows", "linux"; empty when `os` has no name). It states
    /// the pod's OS for validation and Pod Security; it does not schedule the pod.
    std::optional<std::string> os_name;
    /// `nodeSelector`: `kubernetes.io/os: windows` keeps the pod off Linux nodes.
    std::map<std::string, std::string> node_selector;
    /// The operating systems the required node affinity allows: the values of the
    /// `kubernetes.io/os In` expressions when every term of
    /// `affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution` has one (the
    /// union over the terms); empty otherwise.
    std::vector<std::string> affinity_os;
    /// `automountServiceAccountToken`: false stops the service-account token volume from being
    /// added to the pod.
    std::optional<bool> automount_service_account_token;
    /// `securityContext`: pod-wide settings.
    std::optional<PodSecurityContext> security_context;
    /// `initContainers`: run to completion, in order, before the containers.
    std::vector<Container> init_containers;
    /// `containers`: the pod's regular containers.
    std::vector<Container> containers;
    /// `ephemeralContainers`: debugging containers added by `kubectl debug` to a running pod;
    /// they can not be set when a Pod is created or in a template.
    std::vector<Container> ephemeral_containers;
    /// `volumes`: the volumes containers can mount.
    std::vector<Volume> volumes;

    /// Specs are equal when every field is.
    friend bool operator==(const PodSpec&, const PodSpec&) = default;
};

/// A Pod or a workload object, with its pod spec. `spec_path()` is where the API server's
/// messages place the pod spec.
struct Workload {
    /// `kind`.
    WorkloadKind kind = WorkloadKind::Pod;
    /// `apiVersion`: `v1` for Pods, `apps/v1` or `batch/v1` for the workloads.
    std::string api_version = "v1";
    /// `metadata.name`; kubectl's messages quote it.
    std::string name;
    /// `metadata.namespace`; empty means the namespace kubectl is pointed at.
    std::string namespace_name;
    /// Annotations of the pod (a Pod's `metadata.annotations`, a template's
    /// `template.metadata.annotations`), which Pod Security reads for AppArmor profiles.
    std::map<std::string, std::string> pod_annotations;
    /// The pod spec: a Pod's `spec` or the pod template's `spec`.
    PodSpec spec;
    /// Where the object is in its document, as a JSONPath: `$`, or `$.items[3]` in a List.
    std::string document_path = "$";

    /// Where the pod spec is in the object, as the API server writes field paths: `spec`,
    /// `spec.template.spec`, or `spec.jobTemplate.spec.template.spec`.
    [[nodiscard]] std::string spec_path() const;
    /// The resource as kubectl names it in `created` lines: `pod`, `daemonset.apps`,
    /// `cronjob.batch`, ...
    [[nodiscard]] std::string resource() const;

    /// Workloads are equal when every field is.
    friend bool operator==(const Workload&, const Workload&) = default;
};

/// What a manifest holds: the Pods and workloads, in document order, and the other objects.
struct Manifests {
    /// The Pods and workloads found.
    std::vector<Workload> workloads;
    /// The other objects, skipped: `ConfigMap kube-system/kube-proxy-windows`, ...
    std::vector<std::string> skipped;
};

/// Reads one Kubernetes object, or a `v1` List of them (`kubectl get -o json`), from JSON text.
/// Unknown fields are ignored, as kubectl's clients do. Throws winnet::JsonError naming the
/// JSONPath for text that is not JSON, a document that is not a Kubernetes object (no
/// `apiVersion` or `kind`), a known kind at an API version that is not served, or a field of the
/// wrong type; JSON nested deeper than 256 levels is refused before it is parsed.
Manifests read_manifests(std::string_view json);

} // namespace winnet::hostprocess
