/// @file
/// The runtime view: what a HostProcess container gets on the Windows node under containerd
/// 1.6 (hcsshim 0.9: the image mounted on the node, volumes as symlinks) and containerd 1.7 and
/// later (hcsshim 0.10+: a silo with bind mounts, when the node has the bind filter).
#pragma once

#include <winnet/hostprocess/workload.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace winnet::hostprocess {

/// The kind of Windows account a HostProcess container runs as (hcsshim `processToken`).
enum class Account {
    /// `NT AUTHORITY\SYSTEM` (LocalSystem): the node's most privileged account.
    LocalSystem,
    /// `NT AUTHORITY\LocalService`: the least privileged service account; anonymous on the
    /// network.
    LocalService,
    /// `NT AUTHORITY\NetworkService`: a service account that presents the node's computer
    /// account on the network.
    NetworkService,
    /// A name without a domain: if a local group of that name exists, a temporary local user
    /// in that group (containerd 1.7+), otherwise a local user.
    LocalGroupOrUser,
    /// Any other `DOMAIN\user`, logged on interactively without a password.
    OtherUser,
    /// No `runAsUserName`: the image's user, if any.
    Unset,
};

/// The account a container runs as.
struct UserView {
    /// The effective `runAsUserName` (the container's, else the pod's); empty when unset.
    std::string run_as_user_name;
    /// What kind of account it names.
    Account account = Account::Unset;
    /// What that means on the node, in a sentence.
    std::string description;
};

/// Where one volume mount of a HostProcess container shows up on the node.
struct MountView {
    /// The pod volume's name.
    std::string volume;
    /// The volume source ("configMap", "hostPath", ...; "serviceAccountToken" for the token
    /// volume the ServiceAccount admission plugin adds).
    std::string source;
    /// Where the data lives on the node: the hostPath, or the kubelet's directory for the
    /// volume (`C:\var\lib\kubelet\pods\POD_UID\volumes\...`).
    std::string host_source;
    /// `mountPath` as written.
    std::string mount_path;
    /// The mount path as containerd hands it to hcsshim: backslashes, a `C:` drive added to
    /// rooted paths (`/var/lib/kube-proxy` becomes `C:\var\lib\kube-proxy`).
    std::string destination;
    /// `readOnly`: enforced by the bind of containerd 1.7+, not by the symlink of 1.6.
    bool read_only = false;
    /// containerd 1.6: the symlink under the container's root directory
    /// (`C:\C\CONTAINER_ID\var\lib\kube-proxy`), visible to every process on the node.
    std::string legacy_link;
    /// containerd 1.7+: the compatibility link under the container's root directory
    /// (`C:\hpc\var\lib\kube-proxy`); the mount is also bound at `destination`, for this
    /// container only.
    std::string silo_link;
    /// Whether the pod does not list it: the service-account token volume.
    bool implicit = false;
    /// Why the runtime refuses the mount (a named pipe host path); empty when it is fine.
    std::string error;
};

/// What one HostProcess container gets on the node.
struct ContainerView {
    /// The container's name.
    std::string name;
    /// Its field path (`spec.template.spec.containers[0]`).
    std::string path;
    /// The account it runs as.
    UserView user;
    /// The job object holding its processes, `JobContainer_` and the container id; its limits
    /// apply to all of them together.
    std::string job_object;
    /// The CPU rate cap of the job object, in hundredths of a percent of all the node's
    /// processors (1 to 10000): the kubelet's `10 * milliCPU / node CPUs`; unset without a CPU
    /// limit.
    std::optional<std::int64_t> cpu_maximum;
    /// The job object's memory limit in bytes: the memory limit rounded down to whole MiB, as
    /// hcsshim applies it; unset without a memory limit.
    std::optional<std::int64_t> memory_limit_bytes;
    /// The node ports it listens on (host networking: its `containerPort` values).
    std::vector<ContainerPort> ports;
    /// containerd 1.6: `CONTAINER_SANDBOX_MOUNT_POINT`, where the image is mounted on the node
    /// (the directory `C:\C\CONTAINER_ID`).
    std::string legacy_root;
    /// containerd 1.7+: `CONTAINER_SANDBOX_MOUNT_POINT`, where the image is bound in the
    /// container's silo (the directory `C:\hpc`, the same path in every container).
    std::string silo_root;
    /// containerd 1.6: the process's working directory (`workingDir` joined under the root
    /// directory unless it names `CONTAINER_SANDBOX_MOUNT_POINT`).
    std::string legacy_working_directory;
    /// containerd 1.7+: the process's working directory (`workingDir` taken as a node path).
    std::string silo_working_directory;
    /// Its volume mounts, then the service-account token when the pod gets one.
    std::vector<MountView> mounts;
};

/// Parameters of the runtime view that the manifest does not say.
struct RuntimeOptions {
    /// The node's logical processor count, which turns a CPU limit into a job CPU rate.
    std::uint32_t node_cpus = 4;
    /// What to show for the container id in paths and names.
    std::string container_id = "CONTAINER_ID";
};

/// What the pod of a workload gets on a Windows node.
struct RuntimeView {
    /// The workload's kind.
    WorkloadKind kind = WorkloadKind::Pod;
    /// The workload's name.
    std::string name;
    /// Whether it has HostProcess containers; the rest of the view only describes those.
    bool host_process = false;
    /// The HostProcess containers: init containers, containers, then ephemeral containers.
    std::vector<ContainerView> containers;
    /// Remarks about the pod as a whole (scheduling, the runtime fallback without bind filter).
    std::vector<std::string> notes;
    /// The parameters used.
    RuntimeOptions options;

    /// The view as indented text, as `winnet hostprocess check --explain` prints it. Ends with
    /// a newline.
    [[nodiscard]] std::string to_text() const;
};

/// The runtime view of `workload` (best read for a workload `check` accepts).
RuntimeView explain(const Workload& workload, const RuntimeOptions& options = {});

} // namespace winnet::hostprocess
