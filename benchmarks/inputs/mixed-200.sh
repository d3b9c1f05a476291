#!/usr/bin/env bash
# Writes a 200-resource mixed template (docs/benchmarks.d/inputs.md): the mixed stack's OIDC
# provider, repository and deploy role, plus buckets, functions and function roles up to 200.
set -euo pipefail
out="${1:-/tmp/mixed-200.yaml}"
{
  sed -n '/^AWSTemplateFormatVersion/,/^Outputs:/p' "$(dirname "$0")/../../examples/inputs/mixed-stack.yaml" | sed '$d'
  for i in $(seq 1 65); do
    cat <<YAML
  Bucket$i:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-bucket-$i'
  Function$i:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: !GetAtt FunctionRole$i.Arn
      Code: {S3Bucket: !Ref Bucket$i, S3Key: f.zip}
  FunctionRole$i:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
      Policies:
        - PolicyName: read
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - {Effect: Allow, Action: s3:GetObject, Resource: !Sub '\${Bucket$i.Arn}/*'}
YAML
  done
} >"$out"
echo "$out: $(grep -c '^  [A-Za-z0-9]*:$' "$out") resources"
