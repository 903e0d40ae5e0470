module example.com/v1_base

go 1.23
