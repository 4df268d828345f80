// Build module for the Grafana Tempo single binary (cmd/tempo). Tempo's go.mod
// has replace directives, so `go install` refuses it; this main module requires
// Tempo at a pinned pseudo-version and repeats its replace lines (copied from
// Tempo's go.mod at that version). See docs/backends.md for why this commit.
module tracescope.local/tempo-build

go 1.24.3

require github.com/grafana/tempo v1.5.1-0.20250529124718-87c2dc380cec

replace (
	k8s.io/api => k8s.io/api v0.25.0
	k8s.io/client-go => k8s.io/client-go v0.25.0
)

replace github.com/hashicorp/memberlist => github.com/grafana/memberlist v0.3.1-0.20220708130638-bd88e10a3d91
