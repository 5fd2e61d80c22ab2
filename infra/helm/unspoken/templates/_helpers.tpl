{{/* Names, labels and the pieces every process shares. */}}

{{- define "unspoken.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "unspoken.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "unspoken.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "unspoken.image" -}}
{{- if eq .Values.image.tag "latest" -}}
{{- fail "image.tag: pin a version (or set image.digest), never latest" -}}
{{- end -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository .Values.image.tag -}}
{{- end -}}
{{- end -}}

{{- define "unspoken.secretName" -}}
{{- required "existingSecret: name the Secret holding UNSPOKEN_DATABASE_URL, UNSPOKEN_REDIS_URL and UNSPOKEN_ENCRYPTION_KEYS" .Values.existingSecret -}}
{{- end -}}

{{/* Environment of every process: the Secret, the chart's settings, the host's URLs. */}}
{{- define "unspoken.env" -}}
envFrom:
  - secretRef:
      name: {{ include "unspoken.secretName" . }}
env:
  - name: UNSPOKEN_AUTO_MIGRATE
    value: "false"
  - name: UNSPOKEN_DATA_DIR
    value: /data
  - name: UNSPOKEN_PUBLIC_URL
    value: {{ printf "https://%s" .Values.host | quote }}
  - name: UNSPOKEN_GOOGLE_REDIRECT_URI
    value: {{ printf "https://%s/auth/google/callback" .Values.host | quote }}
  - name: UNSPOKEN_MICROSOFT_REDIRECT_URI
    value: {{ printf "https://%s/auth/microsoft/callback" .Values.host | quote }}
{{- range $name, $value := .Values.settings }}
  - name: {{ $name }}
    value: {{ $value | toString | quote }}
{{- end }}
{{- end -}}

{{- define "unspoken.podSpecCommon" -}}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "unspoken.uploadsClaim" -}}
{{- .Values.uploads.existingClaim | default (printf "%s-uploads" (include "unspoken.fullname" .)) -}}
{{- end -}}
