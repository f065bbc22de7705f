def main():
    return "guarded main ran"
if __name__ == "__main__":
    print("never printed on import")
else:
    print("imported as", __name__)
