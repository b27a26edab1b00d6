"""
Windows HostProcess containers: the API server's rules and the runtime view.
"""

from __future__ import annotations
import collections.abc
import enum
import typing

__all__: list[str] = [
    "Account",
    "Capabilities",
    "CheckResult",
    "ClusterPolicy",
    "Container",
    "ContainerPort",
    "ContainerView",
    "FieldError",
    "FieldErrorType",
    "Manifests",
    "MountView",
    "NodeError",
    "PodSecurityContext",
    "PodSecurityLevel",
    "PodSecurityViolation",
    "PodSpec",
    "Rule",
    "RuntimeOptions",
    "RuntimeView",
    "SeLinuxOptions",
    "SecurityContext",
    "Stage",
    "UserView",
    "Volume",
    "VolumeMount",
    "WindowsOptions",
    "Workload",
    "WorkloadKind",
    "check",
    "defaulted",
    "evaluate_pod_security",
    "explain",
    "invalid_message",
    "kind_name",
    "kubelet_sandbox_errors",
    "level_name",
    "pod_security_detail",
    "read_manifests",
    "rule",
    "rules",
    "runtime_errors",
    "stage_name",
    "validate",
]

class WorkloadKind(enum.Enum):
    """
    The kinds of object whose pod (or pod template) the checker judges.

    Other kinds in the same manifest (ConfigMap, ServiceAccount, RBAC) are skipped.
    """

    CRON_JOB: typing.ClassVar[WorkloadKind]
    DAEMON_SET: typing.ClassVar[WorkloadKind]
    DEPLOYMENT: typing.ClassVar[WorkloadKind]
    JOB: typing.ClassVar[WorkloadKind]
    POD: typing.ClassVar[WorkloadKind]
    REPLICA_SET: typing.ClassVar[WorkloadKind]
    STATEFUL_SET: typing.ClassVar[WorkloadKind]
    @classmethod
    def __new__(cls, value): ...

class FieldErrorType(enum.Enum):
    """
    The kind of a validation error, as apimachinery's `field.ErrorType` names it in messages.
    """

    FORBIDDEN: typing.ClassVar[FieldErrorType]
    INVALID: typing.ClassVar[FieldErrorType]
    NOT_SUPPORTED: typing.ClassVar[FieldErrorType]
    REQUIRED: typing.ClassVar[FieldErrorType]
    @classmethod
    def __new__(cls, value): ...

class PodSecurityLevel(enum.Enum):
    """
    A Pod Security Standards level, as a namespace's `pod-security.kubernetes.io/enforce` label names it.
    """

    BASELINE: typing.ClassVar[PodSecurityLevel]
    PRIVILEGED: typing.ClassVar[PodSecurityLevel]
    RESTRICTED: typing.ClassVar[PodSecurityLevel]
    @classmethod
    def __new__(cls, value): ...

class Stage(enum.Enum):
    """
    Where a rule is enforced.
    """

    API_SERVER: typing.ClassVar[Stage]
    KUBELET: typing.ClassVar[Stage]
    POD_SECURITY: typing.ClassVar[Stage]
    RUNTIME: typing.ClassVar[Stage]
    @classmethod
    def __new__(cls, value): ...

class Account(enum.Enum):
    """
    The kind of Windows account a HostProcess container runs as (hcsshim `processToken`).
    """

    LOCAL_GROUP_OR_USER: typing.ClassVar[Account]
    LOCAL_SERVICE: typing.ClassVar[Account]
    LOCAL_SYSTEM: typing.ClassVar[Account]
    NETWORK_SERVICE: typing.ClassVar[Account]
    OTHER_USER: typing.ClassVar[Account]
    UNSET: typing.ClassVar[Account]
    @classmethod
    def __new__(cls, value): ...

class WindowsOptions:
    """
    `securityContext.windowsOptions` of a pod or a container (Kubernetes `WindowsSecurityContextOptions`).

    A container's options override the pod's field by field.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: WindowsOptions) -> bool: ...
    def __init__(
        self,
        *,
        host_process: bool | None = None,
        run_as_user_name: str | None = None,
        gmsa_credential_spec_name: str | None = None,
        gmsa_credential_spec: str | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def gmsa_credential_spec(self) -> str | None:
        """
        `gmsaCredentialSpec`: the inlined credential spec (JSON text); non-empty, at most 64 KiB.
        """
    @gmsa_credential_spec.setter
    def gmsa_credential_spec(self, arg0: str | None) -> None: ...
    @property
    def gmsa_credential_spec_name(self) -> str | None:
        """
        `gmsaCredentialSpecName`: name of the GMSACredentialSpec resource to use (group Managed Service Accounts); must be a DNS-1123 subdomain.
        """
    @gmsa_credential_spec_name.setter
    def gmsa_credential_spec_name(self, arg0: str | None) -> None: ...
    @property
    def host_process(self) -> bool | None:
        """
        `hostProcess`: run the container as a process on the node (a HostProcess container) rather than in a Windows Server container.

        Unset means "inherit": a container that leaves it unset follows the pod's value.
        """
    @host_process.setter
    def host_process(self, arg0: bool | None) -> None: ...
    @property
    def run_as_user_name(self) -> str | None:
        """
        `runAsUserName`: the Windows account the container's processes run as, `DOMAIN\\user` or `user`.

        For HostProcess containers one of `NT AUTHORITY\\SYSTEM`, `NT AUTHORITY\\LocalService`, `NT AUTHORITY\\NetworkService`, or the name of a local group.
        """
    @run_as_user_name.setter
    def run_as_user_name(self, arg0: str | None) -> None: ...

class Capabilities:
    """
    `securityContext.capabilities` of a container: Linux capabilities to add and drop.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Capabilities) -> bool: ...
    def __init__(
        self, *, add: collections.abc.Sequence[str] = [], drop: collections.abc.Sequence[str] = []
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def add(self) -> tuple:
        """
        `add`: capabilities added to the runtime's default set, as written ("NET_ADMIN").
        """
    @add.setter
    def add(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def drop(self) -> tuple:
        """
        `drop`: capabilities removed; the restricted Pod Security level requires "ALL".
        """
    @drop.setter
    def drop(self, arg1: collections.abc.Sequence[str]) -> None: ...

class SeLinuxOptions:
    """
    `seLinuxOptions` of a pod or container: the SELinux label (Linux only).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: SeLinuxOptions) -> bool: ...
    def __init__(self, *, user: str = "", role: str = "", type: str = "", level: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def level(self) -> str:
        """
        `level`: SELinux level label.
        """
    @level.setter
    def level(self, arg0: str) -> None: ...
    @property
    def role(self) -> str:
        """
        `role`: SELinux role label; Pod Security baseline forbids setting it.
        """
    @role.setter
    def role(self, arg0: str) -> None: ...
    @property
    def type(self) -> str:
        """
        `type`: SELinux type label; baseline allows only the container types.
        """
    @type.setter
    def type(self, arg0: str) -> None: ...
    @property
    def user(self) -> str:
        """
        `user`: SELinux user label; Pod Security baseline forbids setting it.
        """
    @user.setter
    def user(self, arg0: str) -> None: ...

class SecurityContext:
    """
    A container's `securityContext` (Kubernetes `SecurityContext`), with the fields the API server, Pod Security admission and the Windows node look at.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: SecurityContext) -> bool: ...
    def __init__(
        self,
        *,
        windows_options: WindowsOptions | None = None,
        privileged: bool | None = None,
        allow_privilege_escalation: bool | None = None,
        run_as_non_root: bool | None = None,
        run_as_user: typing.SupportsInt | typing.SupportsIndex | None = None,
        run_as_group: typing.SupportsInt | typing.SupportsIndex | None = None,
        read_only_root_filesystem: bool | None = None,
        proc_mount: str | None = None,
        capabilities: Capabilities | None = None,
        se_linux_options: SeLinuxOptions | None = None,
        seccomp_profile_type: str | None = None,
        app_armor_profile_type: str | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def allow_privilege_escalation(self) -> bool | None:
        """
        `allowPrivilegeEscalation` (Linux only).
        """
    @allow_privilege_escalation.setter
    def allow_privilege_escalation(self, arg0: bool | None) -> None: ...
    @property
    def app_armor_profile_type(self) -> str | None:
        """
        `appArmorProfile.type` when `appArmorProfile` is set. Linux only.
        """
    @app_armor_profile_type.setter
    def app_armor_profile_type(self, arg0: str | None) -> None: ...
    @property
    def capabilities(self) -> Capabilities | None:
        """
        `capabilities` (Linux only).
        """
    @capabilities.setter
    def capabilities(self, arg0: Capabilities | None) -> None: ...
    @property
    def privileged(self) -> bool | None:
        """
        `privileged`: a privileged Linux container.

        Forbidden in Windows pods (`spec.os.name: windows`) and by an API server started with `--allow-privileged=false`.
        """
    @privileged.setter
    def privileged(self, arg0: bool | None) -> None: ...
    @property
    def proc_mount(self) -> str | None:
        """
        `procMount`: "Default" or "Unmasked" (Linux only).
        """
    @proc_mount.setter
    def proc_mount(self, arg0: str | None) -> None: ...
    @property
    def read_only_root_filesystem(self) -> bool | None:
        """
        `readOnlyRootFilesystem` (Linux only).
        """
    @read_only_root_filesystem.setter
    def read_only_root_filesystem(self, arg0: bool | None) -> None: ...
    @property
    def run_as_group(self) -> int | None:
        """
        `runAsGroup`: Linux group id (Linux only).
        """
    @run_as_group.setter
    def run_as_group(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None: ...
    @property
    def run_as_non_root(self) -> bool | None:
        """
        `runAsNonRoot`: refuse to start as root (on Windows: as ContainerAdministrator).
        """
    @run_as_non_root.setter
    def run_as_non_root(self, arg0: bool | None) -> None: ...
    @property
    def run_as_user(self) -> int | None:
        """
        `runAsUser`: Linux user id (Linux only).
        """
    @run_as_user.setter
    def run_as_user(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None: ...
    @property
    def se_linux_options(self) -> SeLinuxOptions | None:
        """
        `seLinuxOptions` (Linux only).
        """
    @se_linux_options.setter
    def se_linux_options(self, arg0: SeLinuxOptions | None) -> None: ...
    @property
    def seccomp_profile_type(self) -> str | None:
        """
        `seccompProfile.type` when `seccompProfile` is set ("RuntimeDefault", "Localhost", "Unconfined"; empty when the object has no type).

        Linux only.
        """
    @seccomp_profile_type.setter
    def seccomp_profile_type(self, arg0: str | None) -> None: ...
    @property
    def windows_options(self) -> WindowsOptions | None:
        """
        `windowsOptions`: the Windows-specific settings, among them `hostProcess`.
        """
    @windows_options.setter
    def windows_options(self, arg0: WindowsOptions | None) -> None: ...

class PodSecurityContext:
    """
    The pod's `securityContext` (Kubernetes `PodSecurityContext`): defaults for every container, plus pod-wide Linux settings.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PodSecurityContext) -> bool: ...
    def __init__(
        self,
        *,
        windows_options: WindowsOptions | None = None,
        run_as_non_root: bool | None = None,
        run_as_user: typing.SupportsInt | typing.SupportsIndex | None = None,
        run_as_group: typing.SupportsInt | typing.SupportsIndex | None = None,
        fs_group: typing.SupportsInt | typing.SupportsIndex | None = None,
        fs_group_change_policy: str | None = None,
        supplemental_groups: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]
        | None = None,
        supplemental_groups_policy: str | None = None,
        sysctls: collections.abc.Sequence[str] = [],
        se_linux_options: SeLinuxOptions | None = None,
        se_linux_change_policy: str | None = None,
        seccomp_profile_type: str | None = None,
        app_armor_profile_type: str | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def app_armor_profile_type(self) -> str | None:
        """
        `appArmorProfile.type` when `appArmorProfile` is set (Linux only).
        """
    @app_armor_profile_type.setter
    def app_armor_profile_type(self, arg0: str | None) -> None: ...
    @property
    def fs_group(self) -> int | None:
        """
        `fsGroup` (Linux only).
        """
    @fs_group.setter
    def fs_group(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None: ...
    @property
    def fs_group_change_policy(self) -> str | None:
        """
        `fsGroupChangePolicy` (Linux only).
        """
    @fs_group_change_policy.setter
    def fs_group_change_policy(self, arg0: str | None) -> None: ...
    @property
    def run_as_group(self) -> int | None:
        """
        `runAsGroup`: Linux group id (Linux only).
        """
    @run_as_group.setter
    def run_as_group(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None: ...
    @property
    def run_as_non_root(self) -> bool | None:
        """
        `runAsNonRoot`: default for the containers.
        """
    @run_as_non_root.setter
    def run_as_non_root(self, arg0: bool | None) -> None: ...
    @property
    def run_as_user(self) -> int | None:
        """
        `runAsUser`: Linux user id (Linux only).
        """
    @run_as_user.setter
    def run_as_user(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None: ...
    @property
    def se_linux_change_policy(self) -> str | None:
        """
        `seLinuxChangePolicy` (Linux only).
        """
    @se_linux_change_policy.setter
    def se_linux_change_policy(self, arg0: str | None) -> None: ...
    @property
    def se_linux_options(self) -> SeLinuxOptions | None:
        """
        `seLinuxOptions` (Linux only).
        """
    @se_linux_options.setter
    def se_linux_options(self, arg0: SeLinuxOptions | None) -> None: ...
    @property
    def seccomp_profile_type(self) -> str | None:
        """
        `seccompProfile.type` when `seccompProfile` is set (Linux only).
        """
    @seccomp_profile_type.setter
    def seccomp_profile_type(self, arg0: str | None) -> None: ...
    @property
    def supplemental_groups(self) -> typing.Any:
        """
        `supplementalGroups` when present, even empty (Linux only).
        """
    @supplemental_groups.setter
    def supplemental_groups(
        self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None
    ) -> None: ...
    @property
    def supplemental_groups_policy(self) -> str | None:
        """
        `supplementalGroupsPolicy` (Linux only).
        """
    @supplemental_groups_policy.setter
    def supplemental_groups_policy(self, arg0: str | None) -> None: ...
    @property
    def sysctls(self) -> tuple:
        """
        Names in `sysctls` (Linux only).
        """
    @sysctls.setter
    def sysctls(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def windows_options(self) -> WindowsOptions | None:
        """
        `windowsOptions`: the pod-wide Windows settings; containers inherit each field they do not set themselves.
        """
    @windows_options.setter
    def windows_options(self, arg0: WindowsOptions | None) -> None: ...

class ContainerPort:
    """
    One entry of a container's `ports`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ContainerPort) -> bool: ...
    def __init__(
        self,
        *,
        name: str = "",
        container_port: typing.SupportsInt | typing.SupportsIndex = 0,
        host_port: typing.SupportsInt | typing.SupportsIndex = 0,
        protocol: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def container_port(self) -> int:
        """
        `containerPort`: the port the process listens on.

        With `hostNetwork` it is a port of the node itself.
        """
    @container_port.setter
    def container_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def host_port(self) -> int:
        """
        `hostPort`: the node port; 0 when unset.

        With `hostNetwork` it must equal `container_port`; the API server fills it in for Pods (not for templates since 1.28).
        """
    @host_port.setter
    def host_port(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...
    @property
    def name(self) -> str:
        """
        `name`: optional port name.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def protocol(self) -> str:
        """
        `protocol`: "TCP" (the default when empty), "UDP" or "SCTP".
        """
    @protocol.setter
    def protocol(self, arg0: str) -> None: ...

class VolumeMount:
    """
    One entry of a container's `volumeMounts`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: VolumeMount) -> bool: ...
    def __init__(
        self, *, name: str = "", mount_path: str = "", read_only: bool = False, sub_path: str = ""
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def mount_path(self) -> str:
        """
        `mountPath`: where the container sees it.

        For a HostProcess container this is a path on the node: `/var/lib/kube-proxy` becomes `C:\\var\\lib\\kube-proxy`.
        """
    @mount_path.setter
    def mount_path(self, arg0: str) -> None: ...
    @property
    def name(self) -> str:
        """
        `name`: the pod volume to mount.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def read_only(self) -> bool:
        """
        `readOnly`: mount read-only (honoured by bind mounts, not by the symlinks of containerd 1.6).
        """
    @read_only.setter
    def read_only(self, arg0: bool) -> None: ...
    @property
    def sub_path(self) -> str:
        """
        `subPath`: mount a sub-path of the volume.
        """
    @sub_path.setter
    def sub_path(self, arg0: str) -> None: ...

class Container:
    """
    A container of the pod: an init container, a regular container or an ephemeral container.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Container) -> bool: ...
    def __init__(
        self,
        *,
        name: str = "",
        image: str = "",
        working_dir: str = "",
        command: collections.abc.Sequence[str] = [],
        args: collections.abc.Sequence[str] = [],
        ports: collections.abc.Sequence[ContainerPort] = [],
        volume_mounts: collections.abc.Sequence[VolumeMount] = [],
        security_context: SecurityContext | None = None,
        cpu_limit: str | None = None,
        memory_limit: str | None = None,
        probe_hosts: collections.abc.Sequence[str] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def args(self) -> tuple:
        """
        `args`: overrides the image's command.
        """
    @args.setter
    def args(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def command(self) -> tuple:
        """
        `command`: overrides the image's entrypoint.
        """
    @command.setter
    def command(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def cpu_limit(self) -> str | None:
        """
        `resources.limits.cpu` as written ("500m", "1"); a HostProcess container's limit caps the CPU rate of its job object.
        """
    @cpu_limit.setter
    def cpu_limit(self, arg0: str | None) -> None: ...
    @property
    def image(self) -> str:
        """
        `image`: any Windows image; HostProcess containers have no OS-version match requirement.
        """
    @image.setter
    def image(self, arg0: str) -> None: ...
    @property
    def memory_limit(self) -> str | None:
        """
        `resources.limits.memory` as written ("256Mi"); the memory limit of its job object.
        """
    @memory_limit.setter
    def memory_limit(self, arg0: str | None) -> None: ...
    @property
    def name(self) -> str:
        """
        `name`: unique within the pod.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def ports(self) -> tuple:
        """
        `ports`: the ports it listens on.
        """
    @ports.setter
    def ports(self, arg1: collections.abc.Sequence[ContainerPort]) -> None: ...
    @property
    def probe_hosts(self) -> tuple:
        """
        The non-empty `host` fields of its probes and lifecycle handlers (liveness, readiness, startup, postStart, preStop; `httpGet` then `tcpSocket`), which Pod Security baseline forbids since 1.34.
        """
    @probe_hosts.setter
    def probe_hosts(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def security_context(self) -> SecurityContext | None:
        """
        `securityContext`: per-container settings overriding the pod's.
        """
    @security_context.setter
    def security_context(self, arg0: SecurityContext | None) -> None: ...
    @property
    def volume_mounts(self) -> tuple:
        """
        `volumeMounts`: the volumes it mounts.
        """
    @volume_mounts.setter
    def volume_mounts(self, arg1: collections.abc.Sequence[VolumeMount]) -> None: ...
    @property
    def working_dir(self) -> str:
        """
        `workingDir`: the process's working directory.

        `$env:CONTAINER_SANDBOX_MOUNT_POINT` and `CONTAINER_SANDBOX_MOUNT_POINT%` in it are replaced by the container's root directory.
        """
    @working_dir.setter
    def working_dir(self, arg0: str) -> None: ...

class Volume:
    """
    One entry of the pod's `volumes`.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Volume) -> bool: ...
    def __init__(
        self, *, name: str = "", source: str = "emptyDir", host_path: str = "", reference: str = ""
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def host_path(self) -> str:
        """
        `hostPath.path` for a hostPath volume: a directory or file of the node, or a named pipe path (two backslashes, a dot, `pipe`), which HostProcess containers cannot mount.
        """
    @host_path.setter
    def host_path(self, arg0: str) -> None: ...
    @property
    def name(self) -> str:
        """
        `name`: what `volumeMounts` refer to.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def reference(self) -> str:
        """
        The object the volume refers to: the ConfigMap, Secret or claim name; empty otherwise.
        """
    @reference.setter
    def reference(self, arg0: str) -> None: ...
    @property
    def source(self) -> str:
        """
        The volume source's field name ("hostPath", "configMap", "secret", "emptyDir", "projected", ...); "unknown" when none is set.
        """
    @source.setter
    def source(self, arg0: str) -> None: ...

class PodSpec:
    """
    The pod spec (Kubernetes `PodSpec`), of a Pod or of a workload's pod template.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PodSpec) -> bool: ...
    def __init__(
        self,
        *,
        host_network: bool = False,
        host_pid: bool = False,
        host_ipc: bool = False,
        host_users: bool | None = None,
        share_process_namespace: bool | None = None,
        os_name: str | None = None,
        node_selector: collections.abc.Mapping[str, str] = {},
        affinity_os: collections.abc.Sequence[str] = [],
        automount_service_account_token: bool | None = None,
        security_context: PodSecurityContext | None = None,
        init_containers: collections.abc.Sequence[Container] = [],
        containers: collections.abc.Sequence[Container] = [],
        ephemeral_containers: collections.abc.Sequence[Container] = [],
        volumes: collections.abc.Sequence[Volume] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def affinity_os(self) -> tuple:
        """
        The operating systems the required node affinity allows: the values of the `kubernetes.io/os In` expressions when every term of `affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution` has one (the union over the terms); empty otherwise.
        """
    @affinity_os.setter
    def affinity_os(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def automount_service_account_token(self) -> bool | None:
        """
        `automountServiceAccountToken`: false stops the service-account token volume from being added to the pod.
        """
    @automount_service_account_token.setter
    def automount_service_account_token(self, arg0: bool | None) -> None: ...
    @property
    def containers(self) -> tuple:
        """
        `containers`: the pod's regular containers.
        """
    @containers.setter
    def containers(self, arg1: collections.abc.Sequence[Container]) -> None: ...
    @property
    def ephemeral_containers(self) -> tuple:
        """
        `ephemeralContainers`: debugging containers added by `kubectl debug` to a running pod; they can not be set when a Pod is created or in a template.
        """
    @ephemeral_containers.setter
    def ephemeral_containers(self, arg1: collections.abc.Sequence[Container]) -> None: ...
    @property
    def host_ipc(self) -> bool:
        """
        `hostIPC` (Linux only; forbidden in Windows pods).
        """
    @host_ipc.setter
    def host_ipc(self, arg0: bool) -> None: ...
    @property
    def host_network(self) -> bool:
        """
        `hostNetwork`: use the node's network namespace.

        Required (and not defaulted) for pods with HostProcess containers.
        """
    @host_network.setter
    def host_network(self, arg0: bool) -> None: ...
    @property
    def host_pid(self) -> bool:
        """
        `hostPID` (Linux only; forbidden in Windows pods).
        """
    @host_pid.setter
    def host_pid(self, arg0: bool) -> None: ...
    @property
    def host_users(self) -> bool | None:
        """
        `hostUsers`: false puts the pod in a user namespace (Linux only).
        """
    @host_users.setter
    def host_users(self, arg0: bool | None) -> None: ...
    @property
    def init_containers(self) -> tuple:
        """
        `initContainers`: run to completion, in order, before the containers.
        """
    @init_containers.setter
    def init_containers(self, arg1: collections.abc.Sequence[Container]) -> None: ...
    @property
    def node_selector(self) -> typing.Any:
        """
        `nodeSelector`: `kubernetes.io/os: windows` keeps the pod off Linux nodes.
        """
    @node_selector.setter
    def node_selector(self, arg1: collections.abc.Mapping[str, str]) -> None: ...
    @property
    def os_name(self) -> str | None:
        """
        `os.name` when `os` is set ("windows", "linux"; empty when `os` has no name).

        It states the pod's OS for validation and Pod Security; it does not schedule the pod.
        """
    @os_name.setter
    def os_name(self, arg0: str | None) -> None: ...
    @property
    def security_context(self) -> PodSecurityContext | None:
        """
        `securityContext`: pod-wide settings.
        """
    @security_context.setter
    def security_context(self, arg0: PodSecurityContext | None) -> None: ...
    @property
    def share_process_namespace(self) -> bool | None:
        """
        `shareProcessNamespace` (Linux only).
        """
    @share_process_namespace.setter
    def share_process_namespace(self, arg0: bool | None) -> None: ...
    @property
    def volumes(self) -> tuple:
        """
        `volumes`: the volumes containers can mount.
        """
    @volumes.setter
    def volumes(self, arg1: collections.abc.Sequence[Volume]) -> None: ...

class Workload:
    """
    A Pod or a workload object, with its pod spec.

    `spec_path()` is where the API server's messages place the pod spec.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Workload) -> bool: ...
    def __init__(
        self,
        *,
        kind: WorkloadKind = WorkloadKind.POD,
        api_version: str = "v1",
        name: str = "",
        namespace_name: str = "",
        pod_annotations: collections.abc.Mapping[str, str] = {},
        spec: PodSpec = ...,
        document_path: str = "$",
    ) -> None: ...
    def __repr__(self) -> str: ...
    def resource(self) -> str:
        """
        The resource as kubectl names it in `created` lines: `pod`, `daemonset.apps`, `cronjob.batch`, ...
        """
    def spec_path(self) -> str:
        """
        Where the pod spec is in the object, as the API server writes field paths: `spec`, `spec.template.spec`, or `spec.jobTemplate.spec.template.spec`.
        """
    @property
    def api_version(self) -> str:
        """
        `apiVersion`: `v1` for Pods, `apps/v1` or `batch/v1` for the workloads.
        """
    @api_version.setter
    def api_version(self, arg0: str) -> None: ...
    @property
    def document_path(self) -> str:
        """
        Where the object is in its document, as a JSONPath: `$`, or `$.items[3]` in a List.
        """
    @document_path.setter
    def document_path(self, arg0: str) -> None: ...
    @property
    def kind(self) -> WorkloadKind:
        """
        `kind`.
        """
    @kind.setter
    def kind(self, arg0: WorkloadKind) -> None: ...
    @property
    def name(self) -> str:
        """
        `metadata.name`; kubectl's messages quote it.
        """
    @name.setter
    def name(self, arg0: str) -> None: ...
    @property
    def namespace_name(self) -> str:
        """
        `metadata.namespace`; empty means the namespace kubectl is pointed at.
        """
    @namespace_name.setter
    def namespace_name(self, arg0: str) -> None: ...
    @property
    def pod_annotations(self) -> typing.Any:
        """
        Annotations of the pod (a Pod's `metadata.annotations`, a template's `template.metadata.annotations`), which Pod Security reads for AppArmor profiles.
        """
    @pod_annotations.setter
    def pod_annotations(self, arg1: collections.abc.Mapping[str, str]) -> None: ...
    @property
    def spec(self) -> PodSpec:
        """
        The pod spec: a Pod's `spec` or the pod template's `spec`.
        """
    @spec.setter
    def spec(self, arg0: PodSpec) -> None: ...

class Manifests:
    """
    What a manifest holds: the Pods and workloads, in document order, and the other objects.
    """
    def __init__(
        self,
        *,
        workloads: collections.abc.Sequence[Workload] = [],
        skipped: collections.abc.Sequence[str] = [],
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def skipped(self) -> tuple:
        """
        The other objects, skipped: `ConfigMap kube-system/kube-proxy-windows`, ...
        """
    @skipped.setter
    def skipped(self, arg1: collections.abc.Sequence[str]) -> None: ...
    @property
    def workloads(self) -> tuple:
        """
        The Pods and workloads found.
        """
    @workloads.setter
    def workloads(self, arg1: collections.abc.Sequence[Workload]) -> None: ...

class FieldError:
    """
    One validation error of the API server (apimachinery `field.Error`): where, what kind, the value as the server prints it, and the detail.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: FieldError) -> bool: ...
    def __init__(
        self,
        *,
        type: FieldErrorType = FieldErrorType.INVALID,
        field: str = "",
        value: str = "",
        details: str = "",
        rule: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def body(self) -> str:
        """
        The message without the field: `Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers` (apimachinery `ErrorBody`).
        """
    def to_string(self) -> str:
        """
        `field: body`, one line of kubectl's output.
        """
    @property
    def details(self) -> str:
        """
        What is wrong, after the value (apimachinery `Detail`).
        """
    @details.setter
    def details(self, arg0: str) -> None: ...
    @property
    def field(self) -> str:
        """
        The field path as the server writes it: `spec.template.spec.hostNetwork`, `spec.containers[1].securityContext.windowsOptions.hostProcess`.
        """
    @field.setter
    def field(self, arg0: str) -> None: ...
    @property
    def rule(self) -> str:
        """
        The id of the rule in `rules()` that produced it.
        """
    @rule.setter
    def rule(self, arg0: str) -> None: ...
    @property
    def type(self) -> FieldErrorType:
        """
        The kind of error.
        """
    @type.setter
    def type(self, arg0: FieldErrorType) -> None: ...
    @property
    def value(self) -> str:
        """
        The offending value as the server prints it (`false`, `""`, `8080`, `"NT AUTHORITY\\\\SYSTEM\\\\x"`); empty for Forbidden and Required errors, which show none.
        """
    @value.setter
    def value(self, arg0: str) -> None: ...

class PodSecurityViolation:
    """
    One failed Pod Security check (`policy.CheckResult`).
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PodSecurityViolation) -> bool: ...
    def __init__(self, *, check: str = "", reason: str = "", details: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def check(self) -> str:
        """
        The check's id (`windowsHostProcess`, `hostNamespaces`, `hostPorts`, ...).
        """
    @check.setter
    def check(self, arg0: str) -> None: ...
    @property
    def details(self) -> str:
        """
        The specifics, printed in parentheses after the reason when not empty: `pod must not set securityContext.windowsOptions.hostProcess=true`, `hostNetwork=true`, ... (policy `ForbiddenDetail`).
        """
    @details.setter
    def details(self, arg0: str) -> None: ...
    @property
    def reason(self) -> str:
        """
        The short reason, always printed: `hostProcess`, `host namespaces`, ...
        """
    @reason.setter
    def reason(self, arg0: str) -> None: ...

class ClusterPolicy:
    """
    The cluster settings the outcome depends on.

    The defaults are a kubeadm cluster: an API server with `--allow-privileged=true` and namespaces at the `privileged` Pod Security level.
    """
    def __init__(
        self, *, allow_privileged: bool = True, pod_security: PodSecurityLevel = PodSecurityLevel.PRIVILEGED
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def allow_privileged(self) -> bool:
        """
        kube-apiserver's `--allow-privileged`: false refuses HostProcess and privileged containers.
        """
    @allow_privileged.setter
    def allow_privileged(self, arg0: bool) -> None: ...
    @property
    def pod_security(self) -> PodSecurityLevel:
        """
        The Pod Security level the namespace enforces (its `pod-security.kubernetes.io/enforce` label; warnings default to the same level).
        """
    @pod_security.setter
    def pod_security(self, arg0: PodSecurityLevel) -> None: ...

class NodeError:
    """
    An error on the Windows node: the kubelet refusing to build the sandbox, or containerd and hcsshim failing to start a container.
    """

    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: NodeError) -> bool: ...
    def __init__(self, *, stage: Stage = Stage.RUNTIME, rule: str = "", message: str = "") -> None: ...
    def __repr__(self) -> str: ...
    @property
    def message(self) -> str:
        """
        The error text as the component writes it.
        """
    @message.setter
    def message(self, arg0: str) -> None: ...
    @property
    def rule(self) -> str:
        """
        The id of the rule in `rules()`.
        """
    @rule.setter
    def rule(self, arg0: str) -> None: ...
    @property
    def stage(self) -> Stage:
        """
        Kubelet or Runtime.
        """
    @stage.setter
    def stage(self, arg0: Stage) -> None: ...

class CheckResult:
    """
    The outcome of applying a workload to a cluster.
    """
    def __repr__(self) -> str: ...
    def accepted(self) -> bool:
        """
        Whether the API server stores the object: it is valid, and it is not a Pod refused by Pod Security.
        """
    def ok(self) -> bool:
        """
        Whether its pods run: accepted, no Pod Security violation (a workload's pods would be refused), and no node error.
        """
    def report(self, source: str) -> str:
        """
        The report: what `kubectl apply -f SOURCE` prints (its error, or its warning and `created` line), then what the node reports, each line as the component writes it.

        The first line starts with `source:`. Ends with a newline.
        """
    @property
    def api_errors(self) -> tuple:
        """
        The API server's validation errors; when there are any, nothing else is evaluated.
        """
    @api_errors.setter
    def api_errors(self, arg1: collections.abc.Sequence[FieldError]) -> None: ...
    @property
    def node_errors(self) -> tuple:
        """
        Errors the node would report when it runs the pod; only evaluated for pods that reach a node (no API error, no Pod Security violation).
        """
    @node_errors.setter
    def node_errors(self, arg1: collections.abc.Sequence[NodeError]) -> None: ...
    @property
    def pod_security(self) -> tuple:
        """
        The failed Pod Security checks of `policy.pod_security`.
        """
    @pod_security.setter
    def pod_security(self, arg1: collections.abc.Sequence[PodSecurityViolation]) -> None: ...
    @property
    def policy(self) -> ClusterPolicy:
        """
        The policy it was checked under.
        """
    @policy.setter
    def policy(self, arg0: ClusterPolicy) -> None: ...
    @property
    def workload(self) -> Workload:
        """
        The object checked.
        """
    @workload.setter
    def workload(self, arg0: Workload) -> None: ...

class Rule:
    """
    One rule: a condition some component refuses, and how it says so.
    """
    def __repr__(self) -> str: ...
    @property
    def id(self) -> str:
        """
        Stable id, carried by every error the rule produces (`hostProcess-host-network`).
        """
    @property
    def message(self) -> str:
        """
        The message as printed, with the variable parts in braces (`Invalid value: {hostPort}: must match ...`).
        """
    @property
    def path(self) -> str:
        """
        The field path the message names, with `SPEC` for the pod spec's path (`spec`, `spec.template.spec`, ...) and `CONTAINER` for a container's (`SPEC.containers[0]`, also init and ephemeral containers); empty when the message names none.
        """
    @property
    def since(self) -> str:
        """
        The Kubernetes version (or component version) that introduced it, and later changes.
        """
    @property
    def stage(self) -> Stage:
        """
        Where it is enforced.
        """
    @property
    def summary(self) -> str:
        """
        What is refused, in a sentence.
        """
    @property
    def upstream(self) -> str:
        """
        The upstream code that enforces it (file and function).
        """

class UserView:
    """
    The account a container runs as.
    """
    def __repr__(self) -> str: ...
    @property
    def account(self) -> Account:
        """
        What kind of account it names.
        """
    @property
    def description(self) -> str:
        """
        What that means on the node, in a sentence.
        """
    @property
    def run_as_user_name(self) -> str:
        """
        The effective `runAsUserName` (the container's, else the pod's); empty when unset.
        """

class MountView:
    """
    Where one volume mount of a HostProcess container shows up on the node.
    """
    def __repr__(self) -> str: ...
    @property
    def destination(self) -> str:
        """
        The mount path as containerd hands it to hcsshim: backslashes, a `C:` drive added to rooted paths (`/var/lib/kube-proxy` becomes `C:\\var\\lib\\kube-proxy`).
        """
    @property
    def error(self) -> str:
        """
        Why the runtime refuses the mount (a named pipe host path); empty when it is fine.
        """
    @property
    def host_source(self) -> str:
        """
        Where the data lives on the node: the hostPath, or the kubelet's directory for the volume (`C:\\var\\lib\\kubelet\\pods\\POD_UID\\volumes\\...`).
        """
    @property
    def implicit(self) -> bool:
        """
        Whether the pod does not list it: the service-account token volume.
        """
    @property
    def legacy_link(self) -> str:
        """
        containerd 1.6: the symlink under the container's root directory (`C:\\C\\CONTAINER_ID\\var\\lib\\kube-proxy`), visible to every process on the node.
        """
    @property
    def mount_path(self) -> str:
        """
        `mountPath` as written.
        """
    @property
    def read_only(self) -> bool:
        """
        `readOnly`: enforced by the bind of containerd 1.7+, not by the symlink of 1.6.
        """
    @property
    def silo_link(self) -> str:
        """
        containerd 1.7+: the compatibility link under the container's root directory (`C:\\hpc\\var\\lib\\kube-proxy`); the mount is also bound at `destination`, for this container only.
        """
    @property
    def source(self) -> str:
        """
        The volume source ("configMap", "hostPath", ...; "serviceAccountToken" for the token volume the ServiceAccount admission plugin adds).
        """
    @property
    def volume(self) -> str:
        """
        The pod volume's name.
        """

class ContainerView:
    """
    What one HostProcess container gets on the node.
    """
    def __repr__(self) -> str: ...
    @property
    def cpu_maximum(self) -> int | None:
        """
        The CPU rate cap of the job object, in hundredths of a percent of all the node's processors (1 to 10000): the kubelet's `10 * milliCPU / node CPUs`; unset without a CPU limit.
        """
    @property
    def job_object(self) -> str:
        """
        The job object holding its processes, `JobContainer_` and the container id; its limits apply to all of them together.
        """
    @property
    def legacy_root(self) -> str:
        """
        containerd 1.6: `CONTAINER_SANDBOX_MOUNT_POINT`, where the image is mounted on the node (the directory `C:\\C\\CONTAINER_ID`).
        """
    @property
    def legacy_working_directory(self) -> str:
        """
        containerd 1.6: the process's working directory (`workingDir` joined under the root directory unless it names `CONTAINER_SANDBOX_MOUNT_POINT`).
        """
    @property
    def memory_limit_bytes(self) -> int | None:
        """
        The job object's memory limit in bytes: the memory limit rounded down to whole MiB, as hcsshim applies it; unset without a memory limit.
        """
    @property
    def mounts(self) -> tuple:
        """
        Its volume mounts, then the service-account token when the pod gets one.
        """
    @property
    def name(self) -> str:
        """
        The container's name.
        """
    @property
    def path(self) -> str:
        """
        Its field path (`spec.template.spec.containers[0]`).
        """
    @property
    def ports(self) -> tuple:
        """
        The node ports it listens on (host networking: its `containerPort` values).
        """
    @property
    def silo_root(self) -> str:
        """
        containerd 1.7+: `CONTAINER_SANDBOX_MOUNT_POINT`, where the image is bound in the container's silo (the directory `C:\\hpc`, the same path in every container).
        """
    @property
    def silo_working_directory(self) -> str:
        """
        containerd 1.7+: the process's working directory (`workingDir` taken as a node path).
        """
    @property
    def user(self) -> UserView:
        """
        The account it runs as.
        """

class RuntimeOptions:
    """
    Parameters of the runtime view that the manifest does not say.
    """
    def __init__(
        self, *, node_cpus: typing.SupportsInt | typing.SupportsIndex = 4, container_id: str = "CONTAINER_ID"
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def container_id(self) -> str:
        """
        What to show for the container id in paths and names.
        """
    @container_id.setter
    def container_id(self, arg0: str) -> None: ...
    @property
    def node_cpus(self) -> int:
        """
        The node's logical processor count, which turns a CPU limit into a job CPU rate.
        """
    @node_cpus.setter
    def node_cpus(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None: ...

class RuntimeView:
    """
    What the pod of a workload gets on a Windows node.
    """
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def to_text(self) -> str:
        """
        The view as indented text, as `winnet hostprocess check --explain` prints it.

        Ends with a newline.
        """
    @property
    def containers(self) -> tuple:
        """
        The HostProcess containers: init containers, containers, then ephemeral containers.
        """
    @property
    def host_process(self) -> bool:
        """
        Whether it has HostProcess containers; the rest of the view only describes those.
        """
    @property
    def kind(self) -> WorkloadKind:
        """
        The workload's kind.
        """
    @property
    def name(self) -> str:
        """
        The workload's name.
        """
    @property
    def notes(self) -> tuple:
        """
        Remarks about the pod as a whole (scheduling, the runtime fallback without bind filter).
        """
    @property
    def options(self) -> RuntimeOptions:
        """
        The parameters used.
        """

def check(workload: Workload, policy: ClusterPolicy = ...) -> CheckResult:
    """
    Applies `workload` to a cluster with `policy`: API server validation, then Pod Security, then the node's checks (the kubelet's sandbox checks and the runtime's mount checks).
    """

def defaulted(workload: Workload) -> PodSpec:
    """
    The pod spec as the API server stores it after defaulting: for a Pod with `hostNetwork`, an unset `hostPort` of a container or init container becomes its `containerPort` (since 1.28 only for Pods; before, templates were defaulted too).
    """

def evaluate_pod_security(workload: Workload, level: PodSecurityLevel) -> list[PodSecurityViolation]:
    """
    The checks of `level` (at policy version `latest`) that the pod of `workload` fails, in the order admission reports them: baseline checks then restricted ones, each group sorted by check id.

    Pods are defaulted first, as admission sees them (host ports filled in).
    """

def explain(workload: Workload, options: RuntimeOptions = ...) -> RuntimeView:
    """
    The runtime view of `workload` (best read for a workload `check` accepts).
    """

def invalid_message(workload: Workload, errors: collections.abc.Sequence[FieldError]) -> str:
    """
    What kubectl prints when the API server rejects `workload` with `errors` (non-empty): `The DaemonSet "kube-proxy-windows" is invalid: spec.template.spec.hostNetwork: Invalid value: ...`, or a header line followed by one `* field: message` line per error when there are several.

    Repeated lines are printed once, as kubectl does.
    """

def kind_name(kind: WorkloadKind) -> str:
    """
    The kind as written in `kind` ("DaemonSet").
    """

def kubelet_sandbox_errors(spec: PodSpec) -> list[NodeError]:
    """
    The kubelet's own HostProcess checks when it builds a Windows pod sandbox (`generatePodSandboxWindowsConfig`).

    The API server enforces the same rules first, so on a conformant cluster they only fire when the API server is older than the kubelet or skipped.
    """

def level_name(level: PodSecurityLevel) -> str:
    """
    The level as the namespace label writes it: "privileged", "baseline", "restricted".
    """

def pod_security_detail(violations: collections.abc.Sequence[PodSecurityViolation]) -> str:
    """
    The violations joined as admission joins them: `host namespaces (hostNetwork=true), hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)`.
    """

def read_manifests(json: str) -> Manifests:
    """
    Reads one Kubernetes object, or a `v1` List of them (`kubectl get -o json`), from JSON text.

    Unknown fields are ignored, as kubectl's clients do. Throws `winnet::JsonError` naming the JSONPath for text that is not JSON, a document that is not a Kubernetes object (no `apiVersion` or `kind`), a known kind at an API version that is not served, or a field of the wrong type; JSON nested deeper than 256 levels is refused before it is parsed.
    """

def rule(id: str) -> Rule:
    """
    The rule with id `id`; throws `winnet::Error` for an unknown id.
    """

def rules() -> tuple:
    """
    Every rule, grouped by stage in the order a manifest meets them.
    """

def runtime_errors(spec: PodSpec) -> list[NodeError]:
    """
    What containerd and hcsshim refuse when they start the HostProcess containers of `spec`: named-pipe host paths and a mount at a bare `C:` drive.
    """

def stage_name(stage: Stage) -> str:
    """
    "API server", "Pod Security", "kubelet", "runtime".
    """

def validate(workload: Workload, allow_privileged: bool = True) -> list[FieldError]:
    """
    The HostProcess-related errors the API server returns when `workload` is created, in the order it returns them: each container's security context (`--allow-privileged`, `runAsUserName`, gMSA), host ports under host networking, the pod's security context, the HostProcess rules, user namespaces, the OS field, then ephemeral containers.

    Pods are defaulted first as the server does (a hostNetwork Pod's unset `hostPort` becomes its `containerPort`). `allow_privileged` is kube-apiserver's `--allow-privileged` (true in kubeadm clusters). Other validation (images, names, selectors) is not repeated here.
    """
