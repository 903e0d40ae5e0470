# Serverless instances in Terraform: reported with what to do, never rewritten.
terraform {
  required_providers {
    mongodbatlas = { source = "mongodb/mongodbatlas" }
  }
}

resource "mongodbatlas_serverless_instance" "app" {
  project_id                              = var.project_id
  name                                    = "app"
  provider_settings_backing_provider_name = "AWS"
  provider_settings_provider_name         = "SERVERLESS"
  provider_settings_region_name           = "US_EAST_1"
}

data "mongodbatlas_serverless_instance" "app" {
  project_id = var.project_id
  name       = mongodbatlas_serverless_instance.app.name
}

data "mongodbatlas_serverless_instances" "all" {
  project_id = var.project_id
}

// resource "mongodbatlas_serverless_instance" "old" {
/*
data "mongodbatlas_serverless_instances" "gone" {
}
*/

resource "mongodbatlas_flex_cluster" "next" {
  project_id = var.project_id
  name       = "next"
  provider_settings = {
    backing_provider_name = "AWS"
    region_name           = "US_EAST_1"
  }
}
